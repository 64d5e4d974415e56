package io.segmentation.clustering;

/** Nearest-centroid lookup and Euclidean distance, as used by training, metrics and prediction alike. */
public final class Centroids {

    private Centroids() {
    }

    /**
     * Index of the centroid closest to {@code point} in Euclidean distance; ties go to the lower index.
     *
     * @param centroids k >= 1 rows, each as long as {@code point}
     * @throws IllegalArgumentException when there are no centroids or the lengths differ
     */
    public static int nearest(double[][] centroids, double[] point) {
        if (centroids.length == 0) {
            throw new IllegalArgumentException("at least one centroid is needed");
        }
        int best = 0;
        double bestDistance = Double.POSITIVE_INFINITY;
        for (int j = 0; j < centroids.length; j++) {
            double distance = squaredDistance(centroids[j], point);
            if (distance < bestDistance) {
                bestDistance = distance;
                best = j;
            }
        }
        return best;
    }

    /**
     * Euclidean distance between two points of the same length.
     *
     * @throws IllegalArgumentException when the lengths differ
     */
    public static double distance(double[] a, double[] b) {
        return Math.sqrt(squaredDistance(a, b));
    }

    /**
     * Squared Euclidean distance between two points of the same length (the summand of inertia).
     *
     * @throws IllegalArgumentException when the lengths differ
     */
    public static double squaredDistance(double[] a, double[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("points have " + a.length + " and " + b.length + " features");
        }
        return Points.squaredDistance(a, 0, b, 0, a.length);
    }
}
