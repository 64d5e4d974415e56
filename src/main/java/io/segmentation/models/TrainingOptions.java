package io.segmentation.models;

/**
 * How to train a model: k fixed (kMin == kMax) or chosen by silhouette over [kMin, kMax], the seed and the stopping rules.
 *
 * @param kMin          smallest k tried, >= 1
 * @param kMax          largest k tried, >= kMin
 * @param seed          seed of k-means++ and of the silhouette sample
 * @param restarts      k-means++ restarts per k, the best by inertia kept
 * @param maxIterations Lloyd iteration cap per restart
 * @param tolerance     convergence tolerance, relative to the data's variance
 */
record TrainingOptions(int kMin, int kMax, long seed, int restarts, int maxIterations, double tolerance) {

    /**
     * @throws IllegalArgumentException when kMin < 1 or kMax < kMin
     */
    public TrainingOptions {
        if (kMin < 1 || kMax < kMin) {
            throw new IllegalArgumentException("need 1 <= kMin <= kMax, got kMin = " + kMin + ", kMax = " + kMax);
        }
    }
}
