package io.segmentation.clustering;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * DBSCAN (Ester, Kriegel, Sander and Xu, 1996), pure and single-threaded.
 *
 * <p>{@code minSamples} counts the point itself, as scikit-learn's {@code min_samples} does (Commons Math's
 * {@code minPts} does not): a point is a core point when at least minSamples points, itself included, lie within eps.
 * Neighbours are found by a sweep over the points sorted by their first feature, so only points within eps on that
 * axis are compared: worst case O(n²), far less on spread data. Noise has label {@link #NOISE}.
 */
public final class Dbscan {

    /** The label of noise points. */
    public static final int NOISE = -1;

    /** Points whose k-distance is computed when eps is estimated. */
    public static final int KNEE_SAMPLE = 5_000;

    private Dbscan() {
    }

    /**
     * A DBSCAN clustering.
     *
     * @param eps        neighbourhood radius
     * @param minSamples points within eps (itself included) that make a core point
     * @param labels     per point its cluster 0..clusters-1, or {@link #NOISE}
     * @param core       per point whether it is a core point
     * @param clusters   number of clusters (noise not counted)
     */
    public record Fit(double eps, int minSamples, int[] labels, boolean[] core, int clusters) {

        /** Share of points that are noise. */
        public double noiseShare() {
            return labels.length == 0 ? 0 : (double) Arrays.stream(labels).filter(l -> l == NOISE).count() / labels.length;
        }
    }

    /**
     * Clusters points.
     *
     * @throws IllegalArgumentException when eps is not > 0, minSamples < 1, or points are empty or not finite
     */
    public static Fit fit(double[][] points, double eps, int minSamples) {
        int d = Points.requireMatrix(points, "points");
        if (!(eps > 0) || Double.isInfinite(eps) || minSamples < 1) {
            throw new IllegalArgumentException("need eps > 0 and minSamples >= 1, got eps = " + eps + ", minSamples = " + minSamples);
        }
        int n = points.length;
        Integer[] boxed = new Integer[n];
        Arrays.setAll(boxed, i -> i);
        Arrays.sort(boxed, (a, b) -> Double.compare(points[a][0], points[b][0]));
        int[] order = Arrays.stream(boxed).mapToInt(Integer::intValue).toArray();
        int[] position = new int[n];
        for (int p = 0; p < n; p++) {
            position[order[p]] = p;
        }
        double eps2 = eps * eps;
        int[][] neighbours = new int[n][];
        boolean[] core = new boolean[n];
        int[] buffer = new int[n];
        for (int i = 0; i < n; i++) {
            int count = 0;
            int p = position[i];
            for (int q = p; q >= 0 && points[i][0] - points[order[q]][0] <= eps; q--) {
                count = add(points, i, order[q], eps2, buffer, count, d);
            }
            for (int q = p + 1; q < n && points[order[q]][0] - points[i][0] <= eps; q++) {
                count = add(points, i, order[q], eps2, buffer, count, d);
            }
            core[i] = count >= minSamples;
            neighbours[i] = core[i] ? Arrays.copyOf(buffer, count) : null;
        }
        int[] labels = new int[n];
        Arrays.fill(labels, NOISE);
        int clusters = 0;
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int i = 0; i < n; i++) {
            if (!core[i] || labels[i] != NOISE) {
                continue;
            }
            labels[i] = clusters;
            queue.add(i);
            while (!queue.isEmpty()) {
                int j = queue.poll();
                for (int m : neighbours[j]) {
                    if (labels[m] == NOISE) {
                        labels[m] = clusters;
                        if (core[m]) {
                            queue.add(m);
                        }
                    }
                }
            }
            clusters++;
        }
        return new Fit(eps, minSamples, labels, core, clusters);
    }

    private static int add(double[][] points, int i, int j, double eps2, int[] buffer, int count, int d) {
        if (Points.squaredDistance(points[i], 0, points[j], 0, d) <= eps2) {
            buffer[count++] = j;
        }
        return count;
    }

    /**
     * eps at the knee ({@link Kneedle}) of the sorted k-distance curve: for a seeded sample of up to
     * {@link #KNEE_SAMPLE} points, the distance to the (minSamples - 1)-th nearest other point (so the point itself
     * makes the minSamples-th, as scikit-learn counts).
     *
     * @throws IllegalArgumentException when there are fewer than minSamples points, or no positive distance
     */
    public static double kneeEps(double[][] points, int minSamples, long seed) {
        int d = Points.requireMatrix(points, "points");
        int n = points.length;
        int neighbours = Math.max(1, minSamples - 1);
        if (n <= neighbours) {
            throw new IllegalArgumentException("need more than " + neighbours + " points to estimate eps, have " + n);
        }
        int m = Math.min(n, KNEE_SAMPLE);
        int[] sample = new int[n];
        Arrays.setAll(sample, i -> i);
        SplittableRandom random = new SplittableRandom(seed);
        for (int s = 0; s < m; s++) {
            int pick = s + random.nextInt(n - s);
            int t = sample[s];
            sample[s] = sample[pick];
            sample[pick] = t;
        }
        double[] kDistance = new double[m];
        double[] nearest = new double[neighbours];
        for (int s = 0; s < m; s++) {
            Arrays.fill(nearest, Double.POSITIVE_INFINITY);
            int i = sample[s];
            for (int j = 0; j < n; j++) {
                if (j == i) {
                    continue;
                }
                double dist = Points.squaredDistance(points[i], 0, points[j], 0, d);
                if (dist < nearest[neighbours - 1]) {
                    int p = neighbours - 1;
                    while (p > 0 && nearest[p - 1] > dist) {
                        nearest[p] = nearest[p - 1];
                        p--;
                    }
                    nearest[p] = dist;
                }
            }
            kDistance[s] = Math.sqrt(nearest[neighbours - 1]);
        }
        Arrays.sort(kDistance);
        double[] x = new double[m];
        Arrays.setAll(x, i -> i);
        double eps = kDistance[Kneedle.knee(x, kDistance)];
        if (!(eps > 0)) {
            // why: with many identical points the knee can sit on a zero distance; take the smallest positive one above it
            eps = Arrays.stream(kDistance).filter(v -> v > 0).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("every sampled point has " + neighbours
                            + " identical neighbours; give eps"));
        }
        return eps;
    }
}
