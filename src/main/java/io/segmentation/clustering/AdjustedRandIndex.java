package io.segmentation.clustering;

import java.util.HashMap;
import java.util.Map;

/**
 * The adjusted Rand index of two labellings of the same items (Hubert and Arabie, 1985), from their contingency table:
 * 1 for the same partition whatever the label names, about 0 for independent ones, negative below chance.
 */
public final class AdjustedRandIndex {

    private AdjustedRandIndex() {
    }

    /**
     * The index of two labellings, item i labelled {@code a[i]} and {@code b[i]}; labels are any ints.
     * 1 when both put every item in one cluster, or every item in its own (the index is undefined there; scikit-learn
     * answers 1 as well).
     *
     * @throws IllegalArgumentException when the labellings differ in length
     */
    public static double of(int[] a, int[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException(a.length + " labels against " + b.length);
        }
        Map<Long, long[]> cells = new HashMap<>();
        Map<Integer, long[]> rows = new HashMap<>();
        Map<Integer, long[]> columns = new HashMap<>();
        for (int i = 0; i < a.length; i++) {
            cells.computeIfAbsent(((long) a[i] << 32) ^ (b[i] & 0xffffffffL), key -> new long[1])[0]++;
            rows.computeIfAbsent(a[i], key -> new long[1])[0]++;
            columns.computeIfAbsent(b[i], key -> new long[1])[0]++;
        }
        double index = 0;
        for (long[] n : cells.values()) {
            index += pairs(n[0]);
        }
        double sumRows = 0;
        for (long[] n : rows.values()) {
            sumRows += pairs(n[0]);
        }
        double sumColumns = 0;
        for (long[] n : columns.values()) {
            sumColumns += pairs(n[0]);
        }
        double total = pairs(a.length);
        if (total == 0) {
            return 1.0;
        }
        double expected = sumRows * sumColumns / total;
        double max = (sumRows + sumColumns) / 2;
        // why: both partitions trivial (one cluster each, or all singletons): no chance correction is possible
        return max == expected ? 1.0 : (index - expected) / (max - expected);
    }

    private static double pairs(long n) {
        return n * (n - 1) / 2.0;
    }
}
