package io.segmentation.clustering;

/** Checks and flattens point matrices (one row per point, one column per feature) for the numeric loops. */
public final class Points {

    private Points() {
    }

    /**
     * Checks that {@code rows} is a non-empty, rectangular matrix of finite values and returns its width.
     *
     * @throws IllegalArgumentException when a row is missing, ragged, empty or holds NaN or an infinity
     */
    public static int requireMatrix(double[][] rows, String name) {
        if (rows == null || rows.length == 0) {
            throw new IllegalArgumentException(name + " must contain at least one row");
        }
        if (rows[0] == null || rows[0].length == 0) {
            throw new IllegalArgumentException(name + " rows must contain at least one feature");
        }
        int width = rows[0].length;
        for (int i = 0; i < rows.length; i++) {
            double[] row = rows[i];
            if (row == null || row.length != width) {
                throw new IllegalArgumentException(name + " row " + i + " has "
                        + (row == null ? "no" : String.valueOf(row.length)) + " values, expected " + width);
            }
            for (int f = 0; f < width; f++) {
                if (!Double.isFinite(row[f])) {
                    throw new IllegalArgumentException(name + " row " + i + " feature " + f + " is not finite: " + row[f]);
                }
            }
        }
        return width;
    }

    /**
     * Checks that there is one label per point and that every label lies in [0, k).
     *
     * @throws IllegalArgumentException otherwise
     */
    static void requireLabels(int[] labels, int n, int k) {
        if (k < 1) {
            throw new IllegalArgumentException("k must be >= 1, was " + k);
        }
        if (labels == null || labels.length != n) {
            throw new IllegalArgumentException("expected " + n + " labels, got "
                    + (labels == null ? "none" : String.valueOf(labels.length)));
        }
        for (int i = 0; i < n; i++) {
            if (labels[i] < 0 || labels[i] >= k) {
                throw new IllegalArgumentException("label " + labels[i] + " of point " + i + " is outside [0, " + k + ")");
            }
        }
    }

    /** Number of labels equal to each cluster index in [0, k). */
    static int[] clusterSizes(int[] labels, int k) {
        int[] sizes = new int[k];
        for (int label : labels) {
            sizes[label]++;
        }
        return sizes;
    }

    /** Number of clusters with at least one point. */
    static int nonEmpty(int[] sizes) {
        int count = 0;
        for (int size : sizes) {
            count += size > 0 ? 1 : 0;
        }
        return count;
    }

    /** Copies a rectangular matrix row after row into one array, so that point i starts at {@code i * width}. */
    public static double[] flatten(double[][] rows, int width) {
        double[] flat = new double[rows.length * width];
        for (int i = 0; i < rows.length; i++) {
            System.arraycopy(rows[i], 0, flat, i * width, width);
        }
        return flat;
    }

    /** The inverse of {@link #flatten}. */
    static double[][] unflatten(double[] flat, int rows, int width) {
        double[][] matrix = new double[rows][width];
        for (int i = 0; i < rows; i++) {
            System.arraycopy(flat, i * width, matrix[i], 0, width);
        }
        return matrix;
    }

    /** Squared Euclidean distance between the width values starting at {@code a[aFrom]} and at {@code b[bFrom]}. */
    static double squaredDistance(double[] a, int aFrom, double[] b, int bFrom, int width) {
        double sum = 0;
        for (int f = 0; f < width; f++) {
            double diff = a[aFrom + f] - b[bFrom + f];
            sum += diff * diff;
        }
        return sum;
    }

    /** Counts the distinct points of a flat matrix, stopping as soon as {@code limit} are found. */
    public static int countDistinct(double[] flat, int n, int width, int limit) {
        int[] representatives = new int[limit];
        int found = 0;
        for (int i = 0; i < n && found < limit; i++) {
            boolean seen = false;
            for (int r = 0; r < found && !seen; r++) {
                seen = sameRow(flat, representatives[r] * width, i * width, width);
            }
            if (!seen) {
                representatives[found++] = i;
            }
        }
        return found;
    }

    private static boolean sameRow(double[] flat, int a, int b, int width) {
        for (int f = 0; f < width; f++) {
            if (flat[a + f] != flat[b + f]) {
                return false;
            }
        }
        return true;
    }

    /** Mean over features of each feature's population variance. */
    static double meanVariance(double[] flat, int n, int width) {
        double total = 0;
        for (int f = 0; f < width; f++) {
            double mean = 0;
            for (int i = 0; i < n; i++) {
                mean += flat[i * width + f];
            }
            mean /= n;
            double squares = 0;
            for (int i = 0; i < n; i++) {
                double diff = flat[i * width + f] - mean;
                squares += diff * diff;
            }
            total += squares / n;
        }
        return total / width;
    }
}
