package io.segmentation.demo;

/** Lookup tables of line quantities, shaped like the real data: 1, 2, 12, 6 and 24 most common, a thin bulk tail. */
final class QuantityTables {

    /** Quantities of items under a pound, one entry per 1/1000 of probability. */
    static final int[] CHEAP = table(new int[] { 1, 2, 3, 4, 6, 10, 12, 24, 25, 36, 48, 72, 96, 144, 288, 576 },
            new int[] { 110, 90, 30, 60, 70, 50, 240, 140, 40, 25, 70, 25, 25, 15, 8, 2 });

    /** Quantities of items of a pound or more. */
    static final int[] REGULAR = table(new int[] { 1, 2, 3, 4, 5, 6, 8, 10, 12, 16, 20, 24, 32, 48, 96, 200 },
            new int[] { 260, 170, 85, 90, 25, 110, 35, 50, 90, 25, 15, 30, 5, 6, 3, 1 });

    private QuantityTables() {
    }

    private static int[] table(int[] values, int[] perMille) {
        int total = 0;
        for (int weight : perMille) {
            total += weight;
        }
        int[] table = new int[total];
        int next = 0;
        for (int i = 0; i < values.length; i++) {
            for (int k = 0; k < perMille[i]; k++) {
                table[next++] = values[i];
            }
        }
        return table;
    }
}
