package io.segmentation.clustering;

import java.util.Arrays;
import java.util.Random;

/** A deliberately plain k-means, independent of the production code: k random points as centroids, then Lloyd. */
final class PlainLloyd {

    private PlainLloyd() {
    }

    /** The lowest inertia over runs seeded 0 .. runs - 1. */
    static double bestInertia(double[][] points, int k, int runs) {
        double best = Double.POSITIVE_INFINITY;
        for (int seed = 0; seed < runs; seed++) {
            best = Math.min(best, inertia(points, k, seed));
        }
        return best;
    }

    /** The lowest inertia over runs seeded 0 .. runs - 1, each seeded by plain (one candidate) k-means++. */
    static double bestKMeansPlusPlusInertia(double[][] points, int k, int runs) {
        double best = Double.POSITIVE_INFINITY;
        for (int seed = 0; seed < runs; seed++) {
            best = Math.min(best, lloyd(points, kMeansPlusPlus(points, k, new Random(seed))));
        }
        return best;
    }

    /** Inertia after running Lloyd until no label changes, from k distinct random points. */
    static double inertia(double[][] points, int k, long seed) {
        Random random = new Random(seed);
        int n = points.length;
        double[][] centroids = new double[k][];
        boolean[] taken = new boolean[n];
        for (int c = 0; c < k; c++) {
            int index;
            do {
                index = random.nextInt(n);
            } while (taken[index]);
            taken[index] = true;
            centroids[c] = points[index].clone();
        }
        return lloyd(points, centroids);
    }

    /** Arthur and Vassilvitskii's k-means++: the first centre uniformly, each next one with probability ~ D². */
    private static double[][] kMeansPlusPlus(double[][] points, int k, Random random) {
        int n = points.length;
        double[][] centroids = new double[k][];
        centroids[0] = points[random.nextInt(n)].clone();
        double[] closest = new double[n];
        for (int i = 0; i < n; i++) {
            closest[i] = squared(points[i], centroids[0]);
        }
        for (int c = 1; c < k; c++) {
            double total = 0;
            for (double v : closest) {
                total += v;
            }
            double target = random.nextDouble() * total;
            int pick = 0;
            for (double sum = closest[0]; sum <= target && pick < n - 1; sum += closest[++pick]) {
                // walk to the point whose cumulative D² passes the target
            }
            centroids[c] = points[pick].clone();
            for (int i = 0; i < n; i++) {
                closest[i] = Math.min(closest[i], squared(points[i], centroids[c]));
            }
        }
        return centroids;
    }

    private static double lloyd(double[][] points, double[][] centroids) {
        int n = points.length;
        int k = centroids.length;
        int dims = points[0].length;
        int[] labels = new int[n];
        Arrays.fill(labels, -1);
        boolean changed = true;
        for (int iteration = 0; iteration < 1000 && changed; iteration++) {
            changed = false;
            for (int i = 0; i < n; i++) {
                int best = 0;
                for (int c = 1; c < k; c++) {
                    if (squared(points[i], centroids[c]) < squared(points[i], centroids[best])) {
                        best = c;
                    }
                }
                if (labels[i] != best) {
                    labels[i] = best;
                    changed = true;
                }
            }
            for (int c = 0; c < k; c++) {
                double[] sum = new double[dims];
                int count = 0;
                for (int i = 0; i < n; i++) {
                    if (labels[i] == c) {
                        count++;
                        for (int f = 0; f < dims; f++) {
                            sum[f] += points[i][f];
                        }
                    }
                }
                if (count > 0) {
                    for (int f = 0; f < dims; f++) {
                        centroids[c][f] = sum[f] / count;
                    }
                }
            }
        }
        double total = 0;
        for (int i = 0; i < n; i++) {
            double nearest = Double.POSITIVE_INFINITY;
            for (double[] centroid : centroids) {
                nearest = Math.min(nearest, squared(points[i], centroid));
            }
            total += nearest;
        }
        return total;
    }

    private static double squared(double[] a, double[] b) {
        double sum = 0;
        for (int f = 0; f < a.length; f++) {
            sum += (a[f] - b[f]) * (a[f] - b[f]);
        }
        return sum;
    }
}
