package io.segmentation.clustering;

/** The adjusted Rand index of two labellings, computed plainly from the contingency table (Hubert and Arabie, 1985). */
final class PlainAdjustedRand {

    private PlainAdjustedRand() {
    }

    static double adjustedRand(int[] a, int[] b) {
        int ka = java.util.Arrays.stream(a).max().orElse(0) + 2;
        int kb = java.util.Arrays.stream(b).max().orElse(0) + 2;
        long[][] table = new long[ka][kb];
        long[] rows = new long[ka];
        long[] cols = new long[kb];
        for (int i = 0; i < a.length; i++) {
            table[a[i] + 1][b[i] + 1]++;
            rows[a[i] + 1]++;
            cols[b[i] + 1]++;
        }
        double index = 0;
        for (long[] row : table) {
            for (long v : row) {
                index += v * (v - 1) / 2.0;
            }
        }
        double sumRows = 0;
        for (long v : rows) {
            sumRows += v * (v - 1) / 2.0;
        }
        double sumCols = 0;
        for (long v : cols) {
            sumCols += v * (v - 1) / 2.0;
        }
        double pairs = a.length * (a.length - 1) / 2.0;
        double expected = sumRows * sumCols / pairs;
        double max = (sumRows + sumCols) / 2;
        return max == expected ? 1 : (index - expected) / (max - expected);
    }
}
