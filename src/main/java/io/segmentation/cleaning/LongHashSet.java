package io.segmentation.cleaning;

/**
 * An open-addressing set of longs (linear probing, load factor at most 3/4): 11-21 bytes a member instead of ~60
 * for a {@code HashSet<Long>}, which matters for the fingerprints of millions of lines.
 */
final class LongHashSet {

    private static final long EMPTY = 0L;

    // why: 64 tables chosen by the value's top bits, each growing on its own: growing one table holds 1/64 of the set
    // twice, where one table held all of it twice (512 + 256 MB at 25 M fingerprints of a 4 GB file, in a 2 GB heap)
    private static final int TABLE_BITS = 6;

    private final long[][] tables = new long[1 << TABLE_BITS][];
    private final int[] sizes = new int[1 << TABLE_BITS];
    private boolean hasZero;

    LongHashSet() {
        for (int t = 0; t < tables.length; t++) {
            tables[t] = new long[1 << 6];
        }
    }

    /** Adds a value; true when it was not there yet. */
    boolean add(long value) {
        if (value == EMPTY) {
            // why: 0 marks an empty slot, so the value 0 itself is tracked apart
            boolean added = !hasZero;
            hasZero = true;
            return added;
        }
        int t = (int) (value >>> (64 - TABLE_BITS));
        // why: 3/4 rather than 1/2 keeps the 9 M fingerprints of a 1 GB file in 128 MB instead of 256 MB (plus the old
        // table while growing), so that file fits a 512 MB heap; linear probing stays short at this load
        if (4L * (sizes[t] + 1) > 3L * tables[t].length) {
            grow(t);
        }
        long[] slots = tables[t];
        int mask = slots.length - 1;
        int i = (int) value & mask;
        while (slots[i] != EMPTY) {
            if (slots[i] == value) {
                return false;
            }
            i = (i + 1) & mask;
        }
        slots[i] = value;
        sizes[t]++;
        return true;
    }

    private void grow(int t) {
        long[] old = tables[t];
        long[] slots = new long[old.length * 2];
        int mask = slots.length - 1;
        for (long value : old) {
            if (value != EMPTY) {
                int i = (int) value & mask;
                while (slots[i] != EMPTY) {
                    i = (i + 1) & mask;
                }
                slots[i] = value;
            }
        }
        tables[t] = slots;
    }
}
