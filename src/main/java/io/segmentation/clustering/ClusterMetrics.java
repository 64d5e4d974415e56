package io.segmentation.clustering;

/**
 * Internal validity metrics of a clustering, computed as scikit-learn does: silhouette, Calinski-Harabasz and
 * Davies-Bouldin.
 *
 * <p>All take points (one row per point, one column per feature), one label per point in [0, k), and k. Only
 * non-empty clusters count. Each metric needs at least two non-empty clusters and is {@link Double#NaN} otherwise.
 * They throw {@link IllegalArgumentException} when points is empty, ragged or not finite, or a label is outside [0, k).
 */
public final class ClusterMetrics {

    /** scikit-learn's {@code np.allclose(values, 0)} tolerance, used by Davies-Bouldin. */
    private static final double ALL_CLOSE = 1e-8;

    private ClusterMetrics() {
    }

    /**
     * Mean silhouette over all points, exactly, in O(n² d) time and O(n k) memory; in [-1, 1], higher is better.
     *
     * <p>For point i with own-cluster mean distance a and lowest mean distance b to another cluster,
     * s = (b - a) / max(a, b); a point alone in its cluster has s = 0, and so has a point with a = b = 0.
     */
    public static double silhouette(double[][] points, int[] labels, int k) {
        int d = Points.requireMatrix(points, "points");
        Points.requireLabels(labels, points.length, k);
        return Silhouette.mean(Points.flatten(points, d), labels, k, d);
    }

    /**
     * Silhouette of a seeded random sample of {@code sampleSize} distinct points, distances taken within the sample
     * only (scikit-learn's {@code sample_size}); the exact {@link #silhouette} when sampleSize >= n.
     *
     * @throws IllegalArgumentException also when sampleSize < 2
     */
    public static double sampledSilhouette(double[][] points, int[] labels, int k, int sampleSize, long seed) {
        if (sampleSize < 2) {
            throw new IllegalArgumentException("sampleSize must be >= 2, was " + sampleSize);
        }
        int d = Points.requireMatrix(points, "points");
        Points.requireLabels(labels, points.length, k);
        return Silhouette.sampledMean(Points.flatten(points, d), labels, k, d, sampleSize, seed);
    }

    /**
     * Calinski-Harabasz index: between-cluster over within-cluster dispersion, each per degree of freedom; >= 0,
     * higher is better, and 1.0 when every point sits on its cluster mean.
     */
    public static double calinskiHarabasz(double[][] points, int[] labels, int k) {
        int d = Points.requireMatrix(points, "points");
        int n = points.length;
        Points.requireLabels(labels, n, k);
        int[] sizes = Points.clusterSizes(labels, k);
        int clusters = Points.nonEmpty(sizes);
        if (clusters < 2) {
            return Double.NaN;
        }
        double[] means = means(points, labels, sizes, d);
        double[] overall = new double[d];
        for (double[] point : points) {
            for (int f = 0; f < d; f++) {
                overall[f] += point[f];
            }
        }
        for (int f = 0; f < d; f++) {
            overall[f] /= n;
        }
        double between = 0;
        for (int c = 0; c < k; c++) {
            between += sizes[c] * Points.squaredDistance(means, c * d, overall, 0, d);
        }
        double within = 0;
        for (int i = 0; i < n; i++) {
            within += Points.squaredDistance(points[i], 0, means, labels[i] * d, d);
        }
        return within == 0 ? 1.0 : between * (n - clusters) / (within * (clusters - 1));
    }

    /**
     * Davies-Bouldin index: the mean over clusters of the worst ratio (spread_a + spread_b) / distance(a, b), where
     * spread is the mean distance of a cluster's points to its mean; >= 0, lower is better.
     */
    public static double daviesBouldin(double[][] points, int[] labels, int k) {
        int d = Points.requireMatrix(points, "points");
        int n = points.length;
        Points.requireLabels(labels, n, k);
        int[] sizes = Points.clusterSizes(labels, k);
        int clusters = Points.nonEmpty(sizes);
        if (clusters < 2) {
            return Double.NaN;
        }
        double[] means = means(points, labels, sizes, d);
        double[] spreads = new double[k];
        for (int i = 0; i < n; i++) {
            spreads[labels[i]] += Math.sqrt(Points.squaredDistance(points[i], 0, means, labels[i] * d, d));
        }
        boolean anySpread = false;
        boolean anyGap = false;
        for (int a = 0; a < k; a++) {
            spreads[a] = sizes[a] == 0 ? 0 : spreads[a] / sizes[a];
            anySpread |= spreads[a] > ALL_CLOSE;
            for (int b = a + 1; b < k; b++) {
                boolean both = sizes[a] > 0 && sizes[b] > 0;
                anyGap |= both && Math.sqrt(Points.squaredDistance(means, a * d, means, b * d, d)) > ALL_CLOSE;
            }
        }
        // why: with no spread or no gap at all the ratio is 0/0; scikit-learn defines the index as 0 then
        if (!anySpread || !anyGap) {
            return 0.0;
        }
        double sum = 0;
        for (int a = 0; a < k; a++) {
            if (sizes[a] > 0) {
                sum += worstRatio(a, means, spreads, sizes, d);
            }
        }
        return sum / clusters;
    }

    private static double worstRatio(int a, double[] means, double[] spreads, int[] sizes, int d) {
        double worst = 0;
        for (int b = 0; b < sizes.length; b++) {
            if (b == a || sizes[b] == 0) {
                continue;
            }
            double gap = Math.sqrt(Points.squaredDistance(means, a * d, means, b * d, d));
            // why: two clusters with the same mean are "infinitely far" in scikit-learn, i.e. contribute 0
            double ratio = gap == 0 ? 0 : (spreads[a] + spreads[b]) / gap;
            worst = Math.max(worst, ratio);
        }
        return worst;
    }

    /** Flat k * d cluster means (zeros for empty clusters). */
    private static double[] means(double[][] points, int[] labels, int[] sizes, int d) {
        double[] means = new double[sizes.length * d];
        for (int i = 0; i < points.length; i++) {
            for (int f = 0; f < d; f++) {
                means[labels[i] * d + f] += points[i][f];
            }
        }
        for (int c = 0; c < sizes.length; c++) {
            for (int f = 0; f < d; f++) {
                means[c * d + f] = sizes[c] == 0 ? 0 : means[c * d + f] / sizes[c];
            }
        }
        return means;
    }
}
