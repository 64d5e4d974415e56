package io.segmentation.dashboard;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** Running means and co-moments of a few variables (Welford's update), giving their Pearson correlation matrix. */
final class Comoments {

    private final double[] mean;
    private final double[][] comoment;
    private long n;

    Comoments(int variables) {
        mean = new double[variables];
        comoment = new double[variables][variables];
    }

    void add(double... values) {
        n++;
        double[] delta = new double[mean.length];
        for (int i = 0; i < mean.length; i++) {
            delta[i] = values[i] - mean[i];
            mean[i] += delta[i] / n;
        }
        // why: the product of the old and the new deviation keeps the co-moments exact without a second pass
        for (int i = 0; i < mean.length; i++) {
            for (int j = 0; j < mean.length; j++) {
                comoment[i][j] += delta[i] * (values[j] - mean[j]);
            }
        }
    }

    /** Pearson correlations, row by row; null where either variable has no variance (or fewer than two values). */
    List<List<@Nullable Double>> correlations() {
        List<List<@Nullable Double>> rows = new ArrayList<>(mean.length);
        for (int i = 0; i < mean.length; i++) {
            @Nullable Double[] row = new Double[mean.length];
            for (int j = 0; j < mean.length; j++) {
                double denominator = Math.sqrt(comoment[i][i] * comoment[j][j]);
                row[j] = n < 2 || denominator == 0 ? null
                        : i == j ? 1.0 : Math.max(-1, Math.min(1, comoment[i][j] / denominator));
            }
            rows.add(Arrays.asList(row));
        }
        return rows;
    }
}
