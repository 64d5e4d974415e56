package io.segmentation.clustering;

import java.util.ArrayList;
import java.util.List;

/**
 * Chooses the number of clusters over a range of k, by silhouette or at the elbow of the inertia curve, reporting
 * inertia, silhouette, Calinski-Harabasz and Davies-Bouldin for every k.
 */
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
        return choose(points, kMin, kMax, seed, restarts, maxIterations, tolerance, KSelectionRule.SILHOUETTE);
    }

    /**
     * As {@link #choose(double[][], int, int, long, int, int, double)}, choosing k by the given rule: for
     * {@link KSelectionRule#ELBOW} the knee of inertia against k ({@link Kneedle}; the smallest k when the curve has
     * no knee or fewer than three k were tried).
     */
    public KSelection choose(double[][] points, int kMin, int kMax, long seed, int restarts, int maxIterations,
            double tolerance, KSelectionRule rule) {
        if (kMin < 1 || kMax < kMin) {
            throw new IllegalArgumentException("need 1 <= kMin <= kMax, got kMin = " + kMin + ", kMax = " + kMax);
        }
        int d = Points.requireMatrix(points, "points");
        int distinct = Points.countDistinct(Points.flatten(points, d), points.length, d, kMax);
        if (kMin > distinct) {
            throw new IllegalArgumentException("kMin = " + kMin + " exceeds the number of distinct points, " + distinct);
        }
        List<KCandidate> candidates = new ArrayList<>();
        List<KMeansSolution> solutions = new ArrayList<>();
        for (int k = kMin; k <= Math.min(kMax, distinct); k++) {
            KMeansSolution solution = trainer.train(points, new KMeansOptions(k, seed, restarts, maxIterations, tolerance));
            candidates.add(evaluate(points, solution, seed));
            solutions.add(solution);
        }
        KMeansSolution chosen = solutions.get(pick(candidates, rule));
        return new KSelection(chosen.k(), chosen, candidates);
    }

    /** Index in candidates (increasing k) of the k the rule picks. */
    public static int pick(List<KCandidate> candidates, KSelectionRule rule) {
        if (rule == KSelectionRule.ELBOW) {
            double[] ks = candidates.stream().mapToDouble(KCandidate::k).toArray();
            double[] inertia = candidates.stream().mapToDouble(KCandidate::inertia).toArray();
            return Kneedle.knee(ks, inertia);
        }
        int chosen = 0;
        for (int i = 1; i < candidates.size(); i++) {
            double silhouette = candidates.get(i).silhouette();
            double best = candidates.get(chosen).silhouette();
            // why: NaN compares false, so an undefined silhouette only wins when nothing better was seen
            if (silhouette > best || (Double.isNaN(best) && !Double.isNaN(silhouette))) {
                chosen = i;
            }
        }
        return chosen;
    }

    private static KCandidate evaluate(double[][] points, KMeansSolution solution, long seed) {
        return evaluate(points, solution.labels(), solution.k(), solution.inertia(), seed);
    }

    /** The metrics of one labelling (silhouette exact up to 10,000 points, on a seeded sample above). */
    public static KCandidate evaluate(double[][] points, int[] labels, int k, double inertia, long seed) {
        double silhouette = points.length <= SILHOUETTE_SAMPLE_SIZE
                ? ClusterMetrics.silhouette(points, labels, k)
                : ClusterMetrics.sampledSilhouette(points, labels, k, SILHOUETTE_SAMPLE_SIZE, seed);
        return new KCandidate(k, inertia, silhouette, ClusterMetrics.calinskiHarabasz(points, labels, k),
                ClusterMetrics.daviesBouldin(points, labels, k));
    }
}
