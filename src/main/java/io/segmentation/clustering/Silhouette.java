package io.segmentation.clustering;

import java.util.SplittableRandom;

/** The mean silhouette of labelled points on a flat matrix, exact or on a seeded sample, as scikit-learn computes it. */
final class Silhouette {

    private Silhouette() {
    }

    /** Exact mean silhouette of the n = labels.length points of {@code x} (rows of width d); NaN below two clusters. */
    static double mean(double[] x, int[] labels, int k, int d) {
        int n = labels.length;
        int[] sizes = Points.clusterSizes(labels, k);
        if (Points.nonEmpty(sizes) < 2) {
            return Double.NaN;
        }
        // why: summing each pair once into both points' per-cluster totals halves the O(n²) distance work
        double[] totals = new double[n * k];
        for (int i = 0; i < n; i++) {
            int rowI = i * k;
            int labelI = labels[i];
            for (int j = i + 1; j < n; j++) {
                double distance = Math.sqrt(Points.squaredDistance(x, i * d, x, j * d, d));
                totals[rowI + labels[j]] += distance;
                totals[j * k + labelI] += distance;
            }
        }
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += pointSilhouette(totals, i * k, labels[i], sizes);
        }
        return sum / n;
    }

    /** Mean silhouette of sampleSize points drawn without replacement, or of all points when sampleSize >= n. */
    static double sampledMean(double[] x, int[] labels, int k, int d, int sampleSize, long seed) {
        int n = labels.length;
        if (sampleSize >= n) {
            return mean(x, labels, k, d);
        }
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        SplittableRandom random = new SplittableRandom(seed);
        double[] sample = new double[sampleSize * d];
        int[] sampleLabels = new int[sampleSize];
        for (int s = 0; s < sampleSize; s++) {
            // why: a partial Fisher-Yates shuffle draws without replacement in O(sampleSize)
            int pick = s + random.nextInt(n - s);
            int chosen = order[pick];
            order[pick] = order[s];
            order[s] = chosen;
            System.arraycopy(x, chosen * d, sample, s * d, d);
            sampleLabels[s] = labels[chosen];
        }
        return mean(sample, sampleLabels, k, d);
    }

    /** s = (b - a) / max(a, b) from one point's per-cluster distance totals; 0 when alone in its cluster or a = b = 0. */
    private static double pointSilhouette(double[] totals, int row, int label, int[] sizes) {
        if (sizes[label] == 1) {
            return 0;
        }
        double own = totals[row + label] / (sizes[label] - 1);
        double nearest = Double.POSITIVE_INFINITY;
        for (int c = 0; c < sizes.length; c++) {
            if (c != label && sizes[c] > 0) {
                nearest = Math.min(nearest, totals[row + c] / sizes[c]);
            }
        }
        double larger = Math.max(own, nearest);
        return larger == 0 ? 0 : (nearest - own) / larger;
    }
}
