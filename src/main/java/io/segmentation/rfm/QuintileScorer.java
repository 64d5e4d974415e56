package io.segmentation.rfm;

import java.util.Arrays;

import io.segmentation.maths.SortedArrays;

/**
 * Scores values 1-5 by quintile: {@code score = 1 + floor(5 * w / N)}, capped at 5, where {@code w} counts the values
 * strictly worse. Equal values always get equal scores and the order of the input does not matter.
 */
public final class QuintileScorer {

    private QuintileScorer() {
    }

    /**
     * @param values         one value per customer, finite
     * @param higherIsBetter true for frequency and monetary; false for recency (more days is worse)
     * @return scores 1-5, index-aligned with {@code values}
     */
    public static int[] scores(double[] values, boolean higherIsBetter) {
        int n = values.length;
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int[] scores = new int[n];
        for (int i = 0; i < n; i++) {
            // why: counting strictly worse values (not ranks) is what makes ties score equally
            long worse = higherIsBetter ? SortedArrays.countBelow(sorted, n, values[i]) : n - SortedArrays.countAtOrBelow(sorted, n, values[i]);
            scores[i] = (int) Math.min(5, 1 + (5 * worse) / n);
        }
        return scores;
    }
}
