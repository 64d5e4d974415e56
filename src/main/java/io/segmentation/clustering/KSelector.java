package io.segmentation.clustering;

import java.util.ArrayList;
import java.util.List;

/** Chooses the number of clusters over a range of k by silhouette, reporting inertia, Calinski-Harabasz and Davies-Bouldin too. */
public final class KSelector {

    /** Above this many points the silhouette is computed on a seeded sample of this size (it is O(n²)). */
    public static final int SILHOUETTE_SAMPLE_SIZE = 10_000;

    private final KMeansTrainer trainer;

    /** A selector with its own trainer. */
    public KSelector() {
        this(new KMeansTrainer());
    }

    /** A selector that trains with the given trainer. */
    public KSelector(KMeansTrainer trainer) {
        this.trainer = trainer;
    }

    /**
     * Trains k-means for every k in [kMin, kMax] that does not exceed the number of distinct points, and picks the
     * k with the highest silhouette (the smallest k on a tie; an undefined silhouette, as for k = 1, never beats a
     * defined one). With kMin == kMax only that k is trained.
     *
     * @param points one row per point, one column per feature (scaled)
     * @param seed seed of every training and of the silhouette sample
     * @throws IllegalArgumentException when kMin < 1, kMax < kMin, points is empty, ragged or not finite, kMin
     *     exceeds the number of distinct points, or the training options are invalid
     */
    public KSelection choose(double[][] points, int kMin, int kMax, long seed, int restarts, int maxIterations,
            double tolerance) {
        if (kMin < 1 || kMax < kMin) {
            throw new IllegalArgumentException("need 1 <= kMin <= kMax, got kMin = " + kMin + ", kMax = " + kMax);
        }
        int d = Points.requireMatrix(points, "points");
        int distinct = Points.countDistinct(Points.flatten(points, d), points.length, d, kMax);
        if (kMin > distinct) {
            throw new IllegalArgumentException("kMin = " + kMin + " exceeds the number of distinct points, " + distinct);
        }
        List<KCandidate> candidates = new ArrayList<>();
        KMeansSolution chosen = null;
        double chosenSilhouette = Double.NaN;
        for (int k = kMin; k <= Math.min(kMax, distinct); k++) {
            KMeansSolution solution = trainer.train(points, new KMeansOptions(k, seed, restarts, maxIterations, tolerance));
            KCandidate candidate = evaluate(points, solution, seed);
            candidates.add(candidate);
            // why: NaN compares false, so an undefined silhouette only wins when nothing better was seen
            if (chosen == null || candidate.silhouette() > chosenSilhouette
                    || (Double.isNaN(chosenSilhouette) && !Double.isNaN(candidate.silhouette()))) {
                chosen = solution;
                chosenSilhouette = candidate.silhouette();
            }
        }
        return new KSelection(chosen.k(), chosen, candidates);
    }

    private static KCandidate evaluate(double[][] points, KMeansSolution solution, long seed) {
        int k = solution.k();
        int[] labels = solution.labels();
        double silhouette = points.length <= SILHOUETTE_SAMPLE_SIZE
                ? ClusterMetrics.silhouette(points, labels, k)
                : ClusterMetrics.sampledSilhouette(points, labels, k, SILHOUETTE_SAMPLE_SIZE, seed);
        return new KCandidate(k, solution.inertia(), silhouette, ClusterMetrics.calinskiHarabasz(points, labels, k),
                ClusterMetrics.daviesBouldin(points, labels, k));
    }
}
