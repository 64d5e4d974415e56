package io.segmentation.clustering;

import java.util.Arrays;

/**
 * A z-score scaler: each feature has its training mean subtracted and is divided by its population standard deviation.
 *
 * <p>The arrays are copied in and out, so a scaler is immutable; equality compares their contents.
 *
 * @param means per-feature mean of the training rows
 * @param scales per-feature population standard deviation (ddof = 0, as scikit-learn), or 1.0 for a constant feature
 */
public record StandardScaler(double[] means, double[] scales) {

    /** A standard deviation at or below this counts as zero variance. */
    public static final double MIN_SCALE = 1e-12;

    /**
     * Checks and copies the parameters.
     *
     * @throws IllegalArgumentException when the arrays are empty, differ in length, hold non-finite values or a scale <= 0
     */
    public StandardScaler {
        if (means.length == 0 || means.length != scales.length) {
            throw new IllegalArgumentException("means and scales must be non-empty and of equal length, were "
                    + means.length + " and " + scales.length);
        }
        for (int f = 0; f < means.length; f++) {
            if (!Double.isFinite(means[f]) || !Double.isFinite(scales[f]) || scales[f] <= 0) {
                throw new IllegalArgumentException("feature " + f + " has mean " + means[f] + " and scale " + scales[f]
                        + "; both must be finite and the scale > 0");
            }
        }
        means = means.clone();
        scales = scales.clone();
    }

    /**
     * Fits a scaler to training rows (one row per point, one column per feature).
     *
     * @throws IllegalArgumentException when rows is empty, ragged or holds NaN or an infinity
     */
    public static StandardScaler fit(double[][] rows) {
        int width = Points.requireMatrix(rows, "rows");
        int n = rows.length;
        double[] means = new double[width];
        double[] scales = new double[width];
        for (int f = 0; f < width; f++) {
            double sum = 0;
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            for (double[] row : rows) {
                sum += row[f];
                min = Math.min(min, row[f]);
                max = Math.max(max, row[f]);
            }
            double mean = sum / n;
            double squares = 0;
            for (double[] row : rows) {
                double diff = row[f] - mean;
                squares += diff * diff;
            }
            double scale = Math.sqrt(squares / n);
            // why: a constant feature carries no information; dividing by its (zero or rounding-noise) deviation
            // would blow it up, so it keeps scale 1 and, with its exact value as mean, transforms to exactly 0
            if (min == max || scale <= MIN_SCALE) {
                means[f] = min == max ? min : mean;
                scales[f] = 1.0;
            }
            else {
                means[f] = mean;
                scales[f] = scale;
            }
        }
        return new StandardScaler(means, scales);
    }

    /** Number of features the scaler was fitted on. */
    public int features() {
        return means.length;
    }

    /**
     * Scales one row: {@code (row[f] - mean[f]) / scale[f]}.
     *
     * @throws IllegalArgumentException when the row length differs from {@link #features()}
     */
    public double[] transform(double[] row) {
        requireWidth(row);
        double[] scaled = new double[row.length];
        for (int f = 0; f < row.length; f++) {
            scaled[f] = (row[f] - means[f]) / scales[f];
        }
        return scaled;
    }

    /**
     * Scales every row into a new matrix.
     *
     * @throws IllegalArgumentException when a row length differs from {@link #features()}
     */
    public double[][] transformAll(double[][] rows) {
        double[][] scaled = new double[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            scaled[i] = transform(rows[i]);
        }
        return scaled;
    }

    /**
     * Maps a scaled row (for example a centroid) back to the original units: {@code scaled[f] * scale[f] + mean[f]}.
     *
     * @throws IllegalArgumentException when the row length differs from {@link #features()}
     */
    public double[] inverseTransform(double[] scaled) {
        requireWidth(scaled);
        double[] row = new double[scaled.length];
        for (int f = 0; f < scaled.length; f++) {
            row[f] = scaled[f] * scales[f] + means[f];
        }
        return row;
    }

    @Override
    public double[] means() {
        return means.clone();
    }

    @Override
    public double[] scales() {
        return scales.clone();
    }

    private void requireWidth(double[] row) {
        if (row.length != means.length) {
            throw new IllegalArgumentException("row has " + row.length + " features, the scaler " + means.length);
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof StandardScaler that
                && Arrays.equals(means, that.means) && Arrays.equals(scales, that.scales);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(means) + Arrays.hashCode(scales);
    }

    @Override
    public String toString() {
        return "StandardScaler[means=" + Arrays.toString(means) + ", scales=" + Arrays.toString(scales) + "]";
    }
}
