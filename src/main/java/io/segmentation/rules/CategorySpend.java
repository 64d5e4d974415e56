package io.segmentation.rules;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A customer's spend per category over all orders, summed in decimal; sorted by name so that ties resolve the same
 * way on every run.
 *
 * @param byCategory spend per category name, in the data's currency
 */
record CategorySpend(SortedMap<String, BigDecimal> byCategory) {

    CategorySpend {
        byCategory = Collections.unmodifiableSortedMap(new TreeMap<>(byCategory));
    }

    static CategorySpend of(Iterable<OrderFacts> orders) {
        SortedMap<String, BigDecimal> sums = new TreeMap<>();
        for (OrderFacts order : orders) {
            for (Map.Entry<String, Double> entry : order.amountByCategory().entrySet()) {
                sums.merge(entry.getKey(), BigDecimal.valueOf(entry.getValue()), BigDecimal::add);
            }
        }
        return new CategorySpend(sums);
    }

    /** Spend over all categories, the denominator of every share. */
    BigDecimal total() {
        return byCategory.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** True when no order has a category, or all categorised amounts are zero, so no share can be computed. */
    boolean isEmpty() {
        return total().signum() == 0;
    }

    /**
     * The category with the largest spend among those with at least the share (first by name on a tie).
     *
     * @param share a fraction of {@link #total()}
     * @return the category name, or empty when none reaches the share
     */
    Optional<String> largestWithShareAtLeast(double share) {
        BigDecimal total = total();
        String best = null;
        for (Map.Entry<String, BigDecimal> entry : byCategory.entrySet()) {
            boolean reaches = Proportion.atLeast(entry.getValue(), total, share);
            if (reaches && (best == null || entry.getValue().compareTo(byCategory.get(best)) > 0)) {
                best = entry.getKey();
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * Counts the categories with at least the share of {@link #total()}.
     *
     * @param share a fraction of the total
     * @return the number of such categories
     */
    long countWithShareAtLeast(double share) {
        BigDecimal total = total();
        return byCategory.values().stream().filter(spend -> Proportion.atLeast(spend, total, share)).count();
    }
}
