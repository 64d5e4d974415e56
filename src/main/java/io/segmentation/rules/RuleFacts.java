package io.segmentation.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One customer's orders up to the reference date, reduced to the measures the rule segments read; built by
 * {@link RuleSegmenter#facts} for that segmenter's festive periods and loyalty window. Memory per customer is
 * constant but for one entry per category.
 *
 * @param orderCount        distinct orders, {@code >= 1}
 * @param lastOrderDate     calendar date of the last order, not after {@code asOf}
 * @param lifetimeValue     total spend in the data's currency, summed in decimal ({@code BigDecimal.valueOf} of each
 *                          order's amount), so 3,333.33 + 3,333.33 + 3,333.34 is 10,000 exactly
 * @param categorySpend     spend per category name over all orders, summed in decimal, sorted by name; empty when the
 *                          data has no category
 * @param festiveOrders     orders dated in one of the festive periods, {@code 0..orderCount}
 * @param loyalWindowOrders orders dated after {@code asOf} minus the loyalty window's months, {@code 0..orderCount}
 * @param asOf              the reference date the windows are measured back from
 */
public record RuleFacts(int orderCount, LocalDate lastOrderDate, BigDecimal lifetimeValue,
                        SortedMap<String, BigDecimal> categorySpend, long festiveOrders, long loyalWindowOrders,
                        LocalDate asOf) {

    /**
     * Checks the counts and dates and copies the category spend.
     *
     * @throws IllegalArgumentException when there is no order, a count is out of range or the last order is after
     *                                  {@code asOf}
     * @throws NullPointerException     when a date, the lifetime value or the category spend is null
     */
    public RuleFacts {
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(lastOrderDate, "lastOrderDate");
        Objects.requireNonNull(lifetimeValue, "lifetimeValue");
        categorySpend = Collections.unmodifiableSortedMap(new TreeMap<>(categorySpend));
        if (orderCount < 1) {
            throw new IllegalArgumentException("a customer needs at least one order to be segmented");
        }
        if (festiveOrders < 0 || festiveOrders > orderCount || loyalWindowOrders < 0 || loyalWindowOrders > orderCount) {
            throw new IllegalArgumentException("festive (" + festiveOrders + ") and loyalty-window (" + loyalWindowOrders
                    + ") orders must be between 0 and the " + orderCount + " orders");
        }
        if (lastOrderDate.isAfter(asOf)) {
            throw new IllegalArgumentException("order dated " + lastOrderDate + " is after the reference date "
                    + asOf + "; pass only orders up to asOf");
        }
    }

    CategorySpend spend() {
        return new CategorySpend(categorySpend);
    }
}
