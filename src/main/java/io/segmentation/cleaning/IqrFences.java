package io.segmentation.cleaning;

import java.util.Arrays;

/**
 * Tukey's fences on order amounts: an amount below Q1 - 1.5 IQR or above Q3 + 1.5 IQR is an outlier.
 * Off by default, because in purchase data the best customers are the outliers.
 *
 * @param lower lowest amount kept, in the data's currency
 * @param upper highest amount kept, in the data's currency
 */
public record IqrFences(double lower, double upper) {

    /** Fences of the given order amounts (quartiles by linear interpolation); throws on an empty array. */
    public static IqrFences of(double[] amounts) {
        if (amounts.length == 0) {
            throw new IllegalArgumentException("no amounts to compute IQR fences from");
        }
        double[] sorted = amounts.clone();
        Arrays.sort(sorted);
        double q1 = quantile(sorted, 0.25);
        double q3 = quantile(sorted, 0.75);
        double iqr = q3 - q1;
        return new IqrFences(q1 - 1.5 * iqr, q3 + 1.5 * iqr);
    }

    /** True when the amount lies within the fences. */
    public boolean contains(double amount) {
        return amount >= lower && amount <= upper;
    }

    private static double quantile(double[] sorted, double p) {
        double position = p * (sorted.length - 1);
        int below = (int) Math.floor(position);
        int above = Math.min(below + 1, sorted.length - 1);
        return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
    }
}
