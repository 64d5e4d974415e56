package io.segmentation.clustering;

import java.util.SplittableRandom;

import io.segmentation.maths.SortedArrays;

/** Greedy k-means++ seeding: each next centroid is the best of a few candidates drawn with probability ~ D², as scikit-learn. */
final class KMeansPlusPlus {

    private KMeansPlusPlus() {
    }

    /**
     * Picks k distinct points of the flat matrix {@code x} (n rows of width d) as initial centroids.
     *
     * @return k * d values, centroid j starting at {@code j * d}
     * @throws IllegalArgumentException when x has fewer than k distinct points
     */
    static double[] seed(double[] x, int n, int d, int k, SplittableRandom random) {
        return seed(x, n, d, k, random, true);
    }

    /** As {@link #seed(double[], int, int, int, SplittableRandom)}; {@code greedy = false} draws one candidate per centroid (plain k-means++). */
    static double[] seed(double[] x, int n, int d, int k, SplittableRandom random, boolean greedy) {
        double[] centroids = new double[k * d];
        int first = random.nextInt(n);
        System.arraycopy(x, first * d, centroids, 0, d);
        double[] closest = new double[n];
        for (int i = 0; i < n; i++) {
            closest[i] = Points.squaredDistance(x, i * d, centroids, 0, d);
        }
        double[] cumulative = new double[n];
        // why: 2 + ln(k) candidates per centroid is scikit-learn's choice; keeping the one that lowers the
        // potential (sum of D²) most avoids the occasional poor pick of plain k-means++
        int trials = greedy ? 2 + (int) Math.log(k) : 1;
        for (int c = 1; c < k; c++) {
            double total = 0;
            for (int i = 0; i < n; i++) {
                total += closest[i];
                cumulative[i] = total;
            }
            if (total <= 0) {
                throw new IllegalArgumentException("the points have fewer than k = " + k + " distinct values");
            }
            int[] candidates = new int[trials];
            for (int t = 0; t < trials; t++) {
                candidates[t] = sample(cumulative, closest, random.nextDouble() * total);
            }
            int best = candidates[bestCandidate(x, n, d, closest, candidates)];
            System.arraycopy(x, best * d, centroids, c * d, d);
            for (int i = 0; i < n; i++) {
                closest[i] = Math.min(closest[i], Points.squaredDistance(x, i * d, x, best * d, d));
            }
        }
        return centroids;
    }

    /** Index in candidates of the one that, added as a centroid, leaves the smallest potential (sum of D²). */
    private static int bestCandidate(double[] x, int n, int d, double[] closest, int[] candidates) {
        double[] potentials = new double[candidates.length];
        for (int i = 0, p = 0; i < n; i++, p += d) {
            for (int t = 0; t < candidates.length; t++) {
                potentials[t] += Math.min(closest[i], Points.squaredDistance(x, p, x, candidates[t] * d, d));
            }
        }
        int best = 0;
        for (int t = 1; t < candidates.length; t++) {
            best = potentials[t] < potentials[best] ? t : best;
        }
        return best;
    }

    /** The first index whose cumulative D² exceeds target, so that a point already chosen (D² = 0) is never drawn. */
    private static int sample(double[] cumulative, double[] closest, double target) {
        int low = SortedArrays.countAtOrBelow(cumulative, cumulative.length, target);
        if (low < cumulative.length) {
            return low;
        }
        // why: rounding can put target at the very top of the cumulative sum; fall back to the last drawable point
        int last = cumulative.length - 1;
        while (closest[last] <= 0) {
            last--;
        }
        return last;
    }
}
