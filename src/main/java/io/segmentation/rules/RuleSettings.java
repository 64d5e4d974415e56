package io.segmentation.rules;

import java.util.List;
import java.util.Objects;

/**
 * Thresholds of the rule segments; amounts are in the data's currency and shares are fractions in (0, 1].
 *
 * @param loyalMinOrders orders needed in the loyalty window to be {@code loyal}, {@code >= 1} (default 5)
 * @param loyalWindowMonths length of the loyalty window in calendar months back from {@code asOf}, {@code >= 1}
 *        (default 6)
 * @param lapsedDays days without an order, back from {@code asOf}, after which a customer is {@code lapsed},
 *        {@code >= 1} (default 90)
 * @param seasonalShare share of orders in festive periods needed to be {@code seasonal} (default 0.8)
 * @param festivePeriods the festive periods (default 04-01/04-20 and 12-01/12-31); may be empty, which makes
 *        nobody seasonal
 * @param highAverageOrderValue average order value from which a customer is {@code high-value}, {@code >= 0}
 *        (default 15,000)
 * @param highLifetimeValue lifetime spend from which a customer is {@code high-value}, {@code >= 0} (default 150,000)
 * @param lowLifetimeValue lifetime spend up to which a customer is {@code low-value}, {@code >= 0} (default 10,000)
 * @param dominantCategoryShare share of categorised spend that makes a category dominant (default 0.7)
 * @param familyCategoryShare share of categorised spend each of two or more categories needs for {@code family}
 *        (default 0.3)
 */
public record RuleSettings(int loyalMinOrders, int loyalWindowMonths, int lapsedDays, double seasonalShare,
                           List<MonthDayRange> festivePeriods, double highAverageOrderValue,
                           double highLifetimeValue, double lowLifetimeValue, double dominantCategoryShare,
                           double familyCategoryShare) {

    /**
     * Checks the thresholds and copies the festive periods.
     *
     * @throws IllegalArgumentException when a count is below 1, an amount is negative or not finite, or a share is
     *         outside (0, 1]
     * @throws NullPointerException when {@code festivePeriods} or one of its elements is null
     */
    public RuleSettings {
        requireAtLeastOne("loyalMinOrders", loyalMinOrders);
        requireAtLeastOne("loyalWindowMonths", loyalWindowMonths);
        requireAtLeastOne("lapsedDays", lapsedDays);
        requireShare("seasonalShare", seasonalShare);
        festivePeriods = List.copyOf(Objects.requireNonNull(festivePeriods, "festivePeriods"));
        requireAmount("highAverageOrderValue", highAverageOrderValue);
        requireAmount("highLifetimeValue", highLifetimeValue);
        requireAmount("lowLifetimeValue", lowLifetimeValue);
        requireShare("dominantCategoryShare", dominantCategoryShare);
        requireShare("familyCategoryShare", familyCategoryShare);
    }

    /**
     * The documented defaults: 5+ orders in 6 months, 90 days, 80% in 04-01/04-20 and 12-01/12-31, 15,000 average
     * order value, 150,000 and 10,000 lifetime spend, 70% and 30% category shares.
     *
     * @return the default settings
     */
    public static RuleSettings defaults() {
        return new RuleSettings(5, 6, 90, 0.8,
                List.of(MonthDayRange.parse("04-01/04-20"), MonthDayRange.parse("12-01/12-31")),
                15_000, 150_000, 10_000, 0.7, 0.3);
    }

    private static void requireAtLeastOne(String name, int value) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be at least 1, was " + value);
        }
    }

    private static void requireShare(String name, double value) {
        if (!(value > 0 && value <= 1)) {
            throw new IllegalArgumentException(name + " must be a fraction in (0, 1], e.g. 0.8 for 80%, was " + value);
        }
    }

    private static void requireAmount(String name, double value) {
        if (!Double.isFinite(value) || value < 0) {
            throw new IllegalArgumentException(name + " must be a finite amount >= 0, was " + value);
        }
    }
}
