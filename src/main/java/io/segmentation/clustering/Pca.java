package io.segmentation.clustering;

import java.util.Arrays;
import java.util.Comparator;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.RealVector;

/**
 * Principal component analysis of scaled rows: the eigenvectors of their sample covariance matrix (Commons Math's
 * {@link EigenDecomposition}), largest eigenvalue first, keeping the first n.
 *
 * @param mean                   per input feature, the training mean subtracted before projecting
 * @param components             n unit rows of d coefficients, by decreasing variance; each row's coefficient of
 *                               largest magnitude is positive (a fixed sign, so a retrain on the same data projects
 *                               the same way)
 * @param explainedVariance      per kept component, the variance of the training rows along it (ddof = 1, as
 *                               scikit-learn)
 * @param explainedVarianceRatio per kept component, its share of the total variance of all d features; they sum to 1
 *                               when n = d
 */
public record Pca(double[] mean, double[][] components, double[] explainedVariance, double[] explainedVarianceRatio) {

    /**
     * Checks and copies the parameters.
     *
     * @throws IllegalArgumentException when the shapes disagree or a value is not finite
     */
    public Pca {
        int d = mean.length;
        Points.requireMatrix(components, "components");
        if (d == 0 || components[0].length != d || components.length > d
                || explainedVariance.length != components.length || explainedVarianceRatio.length != components.length) {
            throw new IllegalArgumentException("PCA needs 1 to " + d + " components of " + d + " coefficients and one"
                    + " explained variance per component");
        }
        mean = mean.clone();
        components = Arrays.stream(components).map(double[]::clone).toArray(double[][]::new);
        explainedVariance = explainedVariance.clone();
        explainedVarianceRatio = explainedVarianceRatio.clone();
    }

    /**
     * Fits n components to rows (one row per point, one column per feature).
     *
     * @throws IllegalArgumentException when rows are empty, ragged or not finite, or n is not in [1, features]
     */
    public static Pca fit(double[][] rows, int n) {
        int d = Points.requireMatrix(rows, "rows");
        if (n < 1 || n > d) {
            throw new IllegalArgumentException("PCA components must be between 1 and " + d + " (the features), was " + n);
        }
        double[] mean = new double[d];
        for (double[] row : rows) {
            for (int f = 0; f < d; f++) {
                mean[f] += row[f] / rows.length;
            }
        }
        double[][] covariance = new double[d][d];
        for (double[] row : rows) {
            for (int a = 0; a < d; a++) {
                for (int b = a; b < d; b++) {
                    covariance[a][b] += (row[a] - mean[a]) * (row[b] - mean[b]);
                }
            }
        }
        // why: ddof = 1 as scikit-learn's explained_variance_; a single row has no spread either way
        double dof = Math.max(1, rows.length - 1);
        double total = 0;
        for (int a = 0; a < d; a++) {
            for (int b = a; b < d; b++) {
                covariance[a][b] /= dof;
                covariance[b][a] = covariance[a][b];
            }
            total += covariance[a][a];
        }
        EigenDecomposition eigen = new EigenDecomposition(new Array2DRowRealMatrix(covariance, false));
        double[] values = eigen.getRealEigenvalues();
        Integer[] order = new Integer[d];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.comparingDouble((Integer i) -> -values[i]));
        double[][] components = new double[n][];
        double[] variance = new double[n];
        double[] ratio = new double[n];
        for (int c = 0; c < n; c++) {
            RealVector vector = eigen.getEigenvector(order[c]);
            components[c] = signed(vector.unitVector().toArray());
            // why: rounding can leave an eigenvalue of a singular covariance slightly below zero
            variance[c] = Math.max(0, values[order[c]]);
            ratio[c] = total > 0 ? variance[c] / total : 0;
        }
        return new Pca(mean, components, variance, ratio);
    }

    /** The vector with its largest-magnitude coefficient made positive (the first such on ties). */
    private static double[] signed(double[] vector) {
        int largest = 0;
        for (int f = 1; f < vector.length; f++) {
            largest = Math.abs(vector[f]) > Math.abs(vector[largest]) + 1e-12 ? f : largest;
        }
        if (vector[largest] < 0) {
            for (int f = 0; f < vector.length; f++) {
                vector[f] = -vector[f];
            }
        }
        return vector;
    }

    /** Number of input features d. */
    public int inputs() {
        return mean.length;
    }

    /** Number of kept components n. */
    public int outputs() {
        return components.length;
    }

    /**
     * Projects one row of d values onto the n components: {@code components · (row - mean)}.
     *
     * @throws IllegalArgumentException when the row length differs from {@link #inputs()}
     */
    public double[] transform(double[] row) {
        if (row.length != mean.length) {
            throw new IllegalArgumentException("row has " + row.length + " features, the PCA " + mean.length);
        }
        double[] projected = new double[components.length];
        for (int c = 0; c < components.length; c++) {
            double sum = 0;
            for (int f = 0; f < row.length; f++) {
                sum += components[c][f] * (row[f] - mean[f]);
            }
            projected[c] = sum;
        }
        return projected;
    }

    /**
     * Maps n component values back to the d features: {@code mean + components^T · point}; exact when n = d, the
     * nearest point of the components' span otherwise.
     *
     * @throws IllegalArgumentException when the point length differs from {@link #outputs()}
     */
    public double[] inverseTransform(double[] point) {
        if (point.length != components.length) {
            throw new IllegalArgumentException("point has " + point.length + " values, the PCA " + components.length
                    + " components");
        }
        double[] row = mean.clone();
        for (int c = 0; c < components.length; c++) {
            for (int f = 0; f < row.length; f++) {
                row[f] += components[c][f] * point[c];
            }
        }
        return row;
    }

    /** The sum of the kept components' explained variance ratios, 0-1. */
    public double explainedVarianceTotal() {
        return Arrays.stream(explainedVarianceRatio).sum();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Pca that && Arrays.equals(mean, that.mean)
                && Arrays.deepEquals(components, that.components);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(mean) + Arrays.deepHashCode(components);
    }

    @Override
    public String toString() {
        return "Pca[components=" + Arrays.deepToString(components) + ", explainedVarianceRatio="
                + Arrays.toString(explainedVarianceRatio) + "]";
    }
}
