package io.segmentation.maths;

/** Binary searches in ascending {@code double} arrays (or their first {@code size} entries). */
public final class SortedArrays {

    private SortedArrays() {
    }

    /** The number of entries among the first {@code size} that are strictly less than {@code v} (lower bound). */
    public static int countBelow(double[] sorted, int size, double v) {
        int low = 0;
        int high = size;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (sorted[middle] < v) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    /**
     * The number of entries among the first {@code size} that are less than or equal to {@code v} (upper bound):
     * also the index of the first entry greater than {@code v}, or {@code size} when there is none.
     */
    public static int countAtOrBelow(double[] sorted, int size, double v) {
        int low = 0;
        int high = size;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (sorted[middle] <= v) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }
}
