package io.segmentation.cleaning;

/**
 * An open-addressing set of longs (linear probing, load factor at most 3/4): 11-21 bytes a member instead of ~60
 * for a {@code HashSet<Long>}, which matters for the fingerprints of millions of lines.
 */
final class LongHashSet {

    private static final long EMPTY = 0L;

    private long[] slots = new long[1 << 12];
    private boolean hasZero;
    private int size;

    /** Adds a value; true when it was not there yet. */
    boolean add(long value) {
        if (value == EMPTY) {
            // why: 0 marks an empty slot, so the value 0 itself is tracked apart
            boolean added = !hasZero;
            hasZero = true;
            return added;
        }
        // why: 3/4 rather than 1/2 keeps the 9 M fingerprints of a 1 GB file in 128 MB instead of 256 MB (plus the old
        // table while growing), so that file fits a 512 MB heap; linear probing stays short at this load
        if (4L * (size + 1) > 3L * slots.length) {
            grow();
        }
        int mask = slots.length - 1;
        int i = (int) value & mask;
        while (slots[i] != EMPTY) {
            if (slots[i] == value) {
                return false;
            }
            i = (i + 1) & mask;
        }
        slots[i] = value;
        size++;
        return true;
    }

    private void grow() {
        long[] old = slots;
        slots = new long[old.length * 2];
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
    }
}
