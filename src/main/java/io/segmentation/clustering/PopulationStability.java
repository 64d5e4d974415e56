package io.segmentation.clustering;

import java.util.Arrays;

/**
 * The population stability index of a feature between a reference sample (a model's training data) and a new one:
 * ten bins at the reference's deciles, a value equal to an edge in the upper bin, an empty bin counted as a share of
 * {@value #EMPTY_SHARE}, and PSI = sum over bins of (actual - expected) x ln(actual / expected).
 */
public final class PopulationStability {

    /** The share an empty bin counts as, so the logarithm stays finite. */
    public static final double EMPTY_SHARE = 0.0001;

    /** The PSI above which a feature has drifted (the usual rule of thumb: above 0.25 a significant shift). */
    public static final double DRIFT_THRESHOLD = 0.25;

    private PopulationStability() {
    }

    /**
     * The nine decile edges of the values (linear interpolation between order statistics, as numpy's default).
     *
     * @throws IllegalArgumentException when values are empty or not finite
     */
    public static double[] decileEdges(double[] values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("deciles need at least one value");
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        if (!Double.isFinite(sorted[0]) || !Double.isFinite(sorted[sorted.length - 1])) {
            throw new IllegalArgumentException("deciles need finite values");
        }
        double[] edges = new double[9];
        for (int d = 1; d <= 9; d++) {
            double position = (sorted.length - 1) * d / 10.0;
            int low = (int) Math.floor(position);
            int high = Math.min(low + 1, sorted.length - 1);
            edges[d - 1] = sorted[low] + (position - low) * (sorted[high] - sorted[low]);
        }
        return edges;
    }

    /**
     * The share of the values in each of the {@code edges.length + 1} bins; bin b holds values with exactly b edges
     * at or below them (a value equal to an edge goes to the upper bin). All zeros when values are empty.
     */
    public static double[] shares(double[] edges, double[] values) {
        double[] shares = new double[edges.length + 1];
        for (double v : values) {
            int bin = 0;
            while (bin < edges.length && edges[bin] <= v) {
                bin++;
            }
            shares[bin]++;
        }
        for (int b = 0; b < shares.length && values.length > 0; b++) {
            shares[b] /= values.length;
        }
        return shares;
    }

    /**
     * PSI between expected (reference) and actual shares of the same bins; a share of 0 counts as
     * {@link #EMPTY_SHARE}. 0 when the shares are equal; larger is more shift.
     *
     * @throws IllegalArgumentException when the arrays differ in length
     */
    public static double index(double[] expected, double[] actual) {
        if (expected.length != actual.length) {
            throw new IllegalArgumentException(expected.length + " expected shares for " + actual.length + " actual");
        }
        double psi = 0;
        for (int b = 0; b < expected.length; b++) {
            double e = expected[b] > 0 ? expected[b] : EMPTY_SHARE;
            double a = actual[b] > 0 ? actual[b] : EMPTY_SHARE;
            psi += (a - e) * Math.log(a / e);
        }
        return psi;
    }

    /** PSI of the values against the reference's binning: {@code index(expected, shares(edges, values))}. */
    public static double index(double[] edges, double[] expected, double[] values) {
        return index(expected, shares(edges, values));
    }
}
