package io.segmentation.clustering;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * How a model's features are scaled, each fitted into the same affine shape {@code (x - centre) / scale} that
 * {@link StandardScaler} applies: z-score (mean, standard deviation), min-max (minimum, range: the training rows map
 * to [0, 1]) or robust (median, interquartile range).
 */
public enum ScalerKind {

    /** Mean and population standard deviation (scikit-learn's StandardScaler). */
    STANDARD("standard"),

    /** Minimum and range, so the training rows map to [0, 1] (scikit-learn's MinMaxScaler). */
    MIN_MAX("min-max"),

    /** Median and interquartile range, quartiles interpolated linearly as numpy does (scikit-learn's RobustScaler). */
    ROBUST("robust");

    private final String id;

    ScalerKind(String id) {
        this.id = id;
    }

    /** The name used in requests and stored models: {@code standard}, {@code min-max} or {@code robust}. */
    public String id() {
        return id;
    }

    /** Every id, in declaration order. */
    public static List<String> ids() {
        return Arrays.stream(values()).map(ScalerKind::id).toList();
    }

    /**
     * Parses {@code standard}, {@code min-max} or {@code robust}, ignoring case.
     *
     * @throws IllegalArgumentException for anything else
     */
    public static ScalerKind parse(String text) {
        for (ScalerKind kind : values()) {
            if (kind.id.equals(text.trim().toLowerCase(Locale.ROOT))) {
                return kind;
            }
        }
        throw new IllegalArgumentException("scaler must be one of " + ids() + ", was '" + text + "'");
    }

    /**
     * Fits this kind of scaler to rows (one row per point, one column per feature).
     *
     * @throws IllegalArgumentException when rows is empty, ragged or holds NaN or an infinity
     */
    public StandardScaler fit(double[][] rows) {
        return switch (this) {
            case STANDARD -> StandardScaler.fit(rows);
            case MIN_MAX -> minMax(rows);
            case ROBUST -> robust(rows);
        };
    }

    private static StandardScaler minMax(double[][] rows) {
        int width = Points.requireMatrix(rows, "rows");
        double[] centres = new double[width];
        double[] scales = new double[width];
        for (int f = 0; f < width; f++) {
            double[] column = sortedColumn(rows, f);
            double range = column[column.length - 1] - column[0];
            centres[f] = column[0];
            // why: a constant feature has no range; scale 1 maps it to exactly 0, as scikit-learn does
            scales[f] = range > StandardScaler.MIN_SCALE ? range : 1.0;
        }
        return new StandardScaler(centres, scales);
    }

    private static StandardScaler robust(double[][] rows) {
        int width = Points.requireMatrix(rows, "rows");
        StandardScaler standard = StandardScaler.fit(rows);
        double[] centres = new double[width];
        double[] scales = new double[width];
        for (int f = 0; f < width; f++) {
            double[] column = sortedColumn(rows, f);
            double iqr = quantile(column, 0.75) - quantile(column, 0.25);
            centres[f] = quantile(column, 0.5);
            // why: a discrete feature (frequency: half the customers ordered once) can have equal quartiles while it
            // still varies; scikit-learn's scale 1 would leave it in its own units, too loud or too quiet against the
            // others, so it falls back to its standard deviation, and a constant feature keeps 1 (it maps to 0)
            scales[f] = iqr > StandardScaler.MIN_SCALE ? iqr : standard.scales()[f];
        }
        return new StandardScaler(centres, scales);
    }

    private static double[] sortedColumn(double[][] rows, int f) {
        double[] column = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            column[i] = rows[i][f];
        }
        Arrays.sort(column);
        return column;
    }

    /**
     * The q-quantile of sorted values, interpolated linearly between the order statistics at {@code q * (n - 1)}
     * (numpy's default, type 7 of Hyndman and Fan).
     */
    static double quantile(double[] sorted, double q) {
        double position = q * (sorted.length - 1);
        int below = (int) Math.floor(position);
        int above = Math.min(below + 1, sorted.length - 1);
        return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
    }
}
