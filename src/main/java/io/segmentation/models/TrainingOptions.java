package io.segmentation.models;

import io.segmentation.clustering.KSelectionRule;

/**
 * How to train a model: k fixed (kMin == kMax) or chosen by silhouette over [kMin, kMax], the seed and the stopping rules.
 *
 * @param kMin          smallest k tried, >= 1
 * @param kMax          largest k tried, >= kMin
 * @param seed          seed of k-means++ and of the silhouette sample
 * @param restarts      k-means++ restarts per k, the best by inertia kept
 * @param maxIterations Lloyd iteration cap per restart
 * @param tolerance     convergence tolerance, relative to the data's variance (0: until no assignment changes)
 * @param kSelection    how k is chosen over [kMin, kMax]
 */
record TrainingOptions(int kMin, int kMax, long seed, int restarts, int maxIterations, double tolerance,
                       KSelectionRule kSelection) {

    /** Options that choose k by silhouette. */
    TrainingOptions(int kMin, int kMax, long seed, int restarts, int maxIterations, double tolerance) {
        this(kMin, kMax, seed, restarts, maxIterations, tolerance, KSelectionRule.SILHOUETTE);
    }

    /**
     * @throws IllegalArgumentException when kMin < 1 or kMax < kMin
     */
    public TrainingOptions {
        if (kMin < 1 || kMax < kMin) {
            throw new IllegalArgumentException("need 1 <= kMin <= kMax, got kMin = " + kMin + ", kMax = " + kMax);
        }
    }
}
