package io.segmentation.clustering;

/**
 * How to train k-means: the number of clusters, the seed that makes training reproducible, and the stopping rules.
 *
 * @param k number of clusters, >= 1
 * @param seed seed of the k-means++ seeding; equal inputs and seeds give bit-identical centroids
 * @param restarts independent seedings to run, >= 1; the one with the lowest inertia wins
 * @param maxIterations upper bound on Lloyd iterations per restart, >= 1
 * @param tolerance convergence threshold relative to the data, >= 0: a restart stops once the total squared centroid
 *     shift of an iteration is at most {@code tolerance} times the mean per-feature variance (as scikit-learn)
 */
public record KMeansOptions(int k, long seed, int restarts, int maxIterations, double tolerance) {

    /** Restarts used by {@link #of(int, long)}. */
    public static final int DEFAULT_RESTARTS = 10;

    /** Iteration bound used by {@link #of(int, long)}. */
    public static final int DEFAULT_MAX_ITERATIONS = 300;

    /** Tolerance used by {@link #of(int, long)}. */
    public static final double DEFAULT_TOLERANCE = 1e-4;

    /**
     * Checks the options.
     *
     * @throws IllegalArgumentException when k, restarts or maxIterations is below 1, or tolerance is negative or not finite
     */
    public KMeansOptions {
        if (k < 1) {
            throw new IllegalArgumentException("k must be >= 1, was " + k);
        }
        if (restarts < 1) {
            throw new IllegalArgumentException("restarts must be >= 1, was " + restarts);
        }
        if (maxIterations < 1) {
            throw new IllegalArgumentException("maxIterations must be >= 1, was " + maxIterations);
        }
        if (!(tolerance >= 0) || Double.isInfinite(tolerance)) {
            throw new IllegalArgumentException("tolerance must be finite and >= 0, was " + tolerance);
        }
    }

    /** Options with the defaults: 10 restarts, at most 300 iterations, tolerance 1e-4. */
    public static KMeansOptions of(int k, long seed) {
        return new KMeansOptions(k, seed, DEFAULT_RESTARTS, DEFAULT_MAX_ITERATIONS, DEFAULT_TOLERANCE);
    }

    /** The same options for another number of clusters. */
    public KMeansOptions withK(int otherK) {
        return new KMeansOptions(otherK, seed, restarts, maxIterations, tolerance);
    }
}
