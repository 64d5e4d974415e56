package io.segmentation.clustering;

import java.util.Arrays;

/**
 * A trained k-means model together with the labels of the points it was trained on.
 *
 * <p>The arrays are shared, not copied (labels can be large); treat them as read-only. Equality compares contents.
 *
 * @param centroids k rows, one centroid per cluster, in the feature space of the training points (scaled features,
 *     for the service)
 * @param labels for each training point, in input order, the index in [0, k) of its cluster
 * @param inertia sum over the training points of the squared Euclidean distance to their centroid, >= 0
 * @param iterations Lloyd iterations (centroid updates) the winning restart took
 * @param converged whether the winning restart stopped because an assignment pass changed no label (or the
 *     tolerance was met), rather than at the iteration cap
 */
public record KMeansSolution(double[][] centroids, int[] labels, double inertia, int iterations, boolean converged) {

    /** A converged solution. */
    public KMeansSolution(double[][] centroids, int[] labels, double inertia, int iterations) {
        this(centroids, labels, inertia, iterations, true);
    }

    /**
     * Checks the shapes.
     *
     * @throws IllegalArgumentException when there are no centroids, they are ragged or not finite, a label is outside
     *     [0, k), inertia is negative or not finite, or iterations is negative
     */
    public KMeansSolution {
        Points.requireMatrix(centroids, "centroids");
        Points.requireLabels(labels, labels.length, centroids.length);
        if (!(inertia >= 0) || Double.isInfinite(inertia)) {
            throw new IllegalArgumentException("inertia must be finite and >= 0, was " + inertia);
        }
        if (iterations < 0) {
            throw new IllegalArgumentException("iterations must be >= 0, was " + iterations);
        }
    }

    /** Number of clusters. */
    public int k() {
        return centroids.length;
    }

    /** Number of training points in each cluster, indexed by cluster. */
    public int[] clusterSizes() {
        return Points.clusterSizes(labels, centroids.length);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof KMeansSolution that
                && Arrays.deepEquals(centroids, that.centroids) && Arrays.equals(labels, that.labels)
                && Double.compare(inertia, that.inertia) == 0 && iterations == that.iterations
                && converged == that.converged;
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(centroids) * 31 + Arrays.hashCode(labels);
    }

    @Override
    public String toString() {
        return "KMeansSolution[k=" + centroids.length + ", centroids=" + Arrays.deepToString(centroids)
                + ", points=" + labels.length + ", inertia=" + inertia + ", iterations=" + iterations + ", converged=" + converged + "]";
    }
}
