package io.segmentation.rules;

import java.math.BigDecimal;

/** Exact "at least this share" comparisons, so that a boundary such as exactly 80% is met despite binary fractions. */
final class Proportion {

    private Proportion() {
    }

    /**
     * Tells whether {@code part / whole >= share}, compared as {@code part >= share * whole} in decimal.
     *
     * @param part the part, {@code >= 0}
     * @param whole the whole, {@code > 0}
     * @param share a fraction, e.g. 0.8 for 80%
     * @return true when the part reaches the share
     */
    static boolean atLeast(BigDecimal part, BigDecimal whole, double share) {
        return part.compareTo(BigDecimal.valueOf(share).multiply(whole)) >= 0;
    }

    /** Same as {@link #atLeast(BigDecimal, BigDecimal, double)} for counts. */
    static boolean atLeast(long part, long whole, double share) {
        return atLeast(BigDecimal.valueOf(part), BigDecimal.valueOf(whole), share);
    }
}
