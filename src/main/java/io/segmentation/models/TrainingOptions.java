package io.segmentation.models;

import io.segmentation.clustering.Algorithm;
import io.segmentation.clustering.KSelectionRule;
import org.jspecify.annotations.Nullable;

/**
 * How to train a model: k fixed (kMin == kMax) or chosen by silhouette over [kMin, kMax], the seed and the stopping rules.
 *
 * @param kMin          smallest k tried, >= 1
 * @param kMax          largest k tried, >= kMin
 * @param seed          seed of k-means++ and of the silhouette sample
 * @param restarts      k-means++ restarts per k, the best by inertia kept
 * @param maxIterations Lloyd iteration cap per restart
 * @param tolerance     convergence tolerance, relative to the data's variance (0: until no assignment changes)
 * @param kSelection    how k is chosen over [kMin, kMax] (kmeans, gmm, ward; dbscan finds its own number)
 * @param algorithm     the clustering algorithm
 * @param eps           dbscan's radius in scaled units; null: the knee of the k-distance curve
 * @param minSamples    dbscan's core-point threshold, the point itself included
 */
record TrainingOptions(int kMin, int kMax, long seed, int restarts, int maxIterations, double tolerance,
                       KSelectionRule kSelection, Algorithm algorithm, @Nullable Double eps, int minSamples) {

    /** dbscan's minSamples when a request gives none (scikit-learn's default). */
    static final int DEFAULT_MIN_SAMPLES = 5;

    /** Options that choose k by silhouette. */
    TrainingOptions(int kMin, int kMax, long seed, int restarts, int maxIterations, double tolerance) {
        this(kMin, kMax, seed, restarts, maxIterations, tolerance, KSelectionRule.SILHOUETTE);
    }

    /** k-means options. */
    TrainingOptions(int kMin, int kMax, long seed, int restarts, int maxIterations, double tolerance,
                    KSelectionRule kSelection) {
        this(kMin, kMax, seed, restarts, maxIterations, tolerance, kSelection, Algorithm.KMEANS, null, DEFAULT_MIN_SAMPLES);
    }

    /** The same options for another algorithm. */
    TrainingOptions with(Algorithm other, @Nullable Double otherEps, @Nullable Integer otherMinSamples) {
        return new TrainingOptions(kMin, kMax, seed, restarts, maxIterations, tolerance, kSelection, other, otherEps,
                otherMinSamples == null ? DEFAULT_MIN_SAMPLES : otherMinSamples);
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
