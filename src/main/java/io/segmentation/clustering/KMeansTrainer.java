package io.segmentation.clustering;

import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * Trains k-means: greedy k-means++ seeding, Lloyd iterations, and the best of several restarts by inertia.
 *
 * <p>why: even restarts seed greedily (the best of 2 + ln k candidates per centroid, as scikit-learn), odd restarts
 * with plain k-means++ (one candidate): greedy seeding lands in the same few basins again and again, and the plain
 * draws reach the better optima it misses on overlapping clusters.
 *
 * <p>why: even restarts seed greedily (the best of 2 + ln k candidates per centroid, as scikit-learn), odd restarts
 * with plain k-means++ (one candidate): greedy seeding lands in the same few basins again and again, and the plain
 * draws reach better optima it misses on overlapping clusters.
 *
 * <p>Stateless and thread-safe. Deterministic: restart r draws from the r-th {@link SplittableRandom#split()} of a
 * generator seeded with the options' seed, so the same points and options give bit-identical results. Large inputs
 * run their restarts in parallel on the common fork-join pool, which changes the speed, never the result.
 */
public final class KMeansTrainer {

    /** Below this many point-centroid pairs, restarts run one after the other: the work is too small to share. */
    private static final long PARALLEL_THRESHOLD = 50_000;

    /**
     * Clusters {@code points} (one row per point, one column per feature; usually scaled) into {@code options.k()} clusters.
     *
     * @return the restart with the lowest inertia (the earliest on a tie); labels follow the order of points
     * @throws IllegalArgumentException when points is empty, ragged or not finite, or k exceeds the number of
     *     distinct points
     */
    public KMeansSolution train(double[][] points, KMeansOptions options) {
        int d = Points.requireMatrix(points, "points");
        int n = points.length;
        int k = options.k();
        if (k > n) {
            throw new IllegalArgumentException("k = " + k + " exceeds the number of points, " + n);
        }
        double[] x = Points.flatten(points, d);
        int distinct = Points.countDistinct(x, n, d, k);
        if (distinct < k) {
            throw new IllegalArgumentException("k = " + k + " exceeds the number of distinct points, " + distinct);
        }
        // why: like scikit-learn, the tolerance is relative to the spread of the data, so it means the same on any scale
        double tolerance = options.tolerance() * Points.meanVariance(x, n, d);
        SplittableRandom master = new SplittableRandom(options.seed());
        SplittableRandom[] randoms = new SplittableRandom[options.restarts()];
        for (int r = 0; r < randoms.length; r++) {
            randoms[r] = master.split();
        }
        KMeansSolution[] solutions = new KMeansSolution[randoms.length];
        IntStream restarts = IntStream.range(0, randoms.length);
        if ((long) n * k >= PARALLEL_THRESHOLD) {
            restarts = restarts.parallel();
        }
        restarts.forEach(r -> solutions[r] = LloydRefinement.run(x, n, d, KMeansPlusPlus.seed(x, n, d, k, randoms[r], r % 2 == 0),
                options.maxIterations(), tolerance));
        KMeansSolution best = solutions[0];
        for (KMeansSolution candidate : solutions) {
            if (candidate.inertia() < best.inertia()) {
                best = candidate;
            }
        }
        return best;
    }
}
