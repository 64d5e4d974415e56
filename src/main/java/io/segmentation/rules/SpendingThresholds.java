package io.segmentation.rules;

import java.util.Arrays;

/**
 * How the spending segments' amounts are chosen: fixed amounts in the data's currency, or percentiles of the run's
 * customers, so that any currency and any business size gets a meaningful split.
 *
 * <p>Percentiles are nearest-rank: the q-th percentile of n sorted values is the value at position ceil(q n). With the
 * defaults, {@code high-value} is an average order value in the top 10% or a lifetime value in the top 20%, and
 * {@code low-value} a lifetime value in the bottom 30%.
 *
 * @param percentiles            true: derive the amounts from the customers; false: the settings' fixed amounts
 * @param highAverageOrderValue  percentile of average order value from which a customer is high-value, in (0, 1]
 * @param highLifetimeValue      percentile of lifetime value from which a customer is high-value, in (0, 1]
 * @param lowLifetimeValue       percentile of lifetime value up to which a customer is low-value, in (0, 1]
 */
public record SpendingThresholds(boolean percentiles, double highAverageOrderValue, double highLifetimeValue,
                                 double lowLifetimeValue) {

    /** The default: percentiles 0.9, 0.8 and 0.3. */
    public static final SpendingThresholds DEFAULT = new SpendingThresholds(true, 0.9, 0.8, 0.3);

    /** The settings' fixed amounts. */
    public static final SpendingThresholds FIXED = new SpendingThresholds(false, 0.9, 0.8, 0.3);

    public SpendingThresholds {
        for (double q : new double[] {highAverageOrderValue, highLifetimeValue, lowLifetimeValue}) {
            if (!(q > 0 && q <= 1)) {
                throw new IllegalArgumentException("spending percentiles must be in (0, 1], was " + q);
            }
        }
    }

    /**
     * The settings with their spending amounts from the customers' figures (unchanged when fixed or no customers).
     *
     * @param averageOrderValues one per customer, in the data's currency
     * @param lifetimeValues     one per customer, index-aligned
     */
    public RuleSettings applyTo(RuleSettings settings, double[] averageOrderValues, double[] lifetimeValues) {
        if (!percentiles || lifetimeValues.length == 0) {
            return settings;
        }
        double[] aov = averageOrderValues.clone();
        double[] ltv = lifetimeValues.clone();
        Arrays.sort(aov);
        Arrays.sort(ltv);
        return new RuleSettings(settings.loyalMinOrders(), settings.loyalWindowMonths(), settings.lapsedDays(),
                settings.seasonalShare(), settings.festivePeriods(), percentile(aov, highAverageOrderValue),
                percentile(ltv, highLifetimeValue), percentile(ltv, lowLifetimeValue),
                settings.dominantCategoryShare(), settings.familyCategoryShare());
    }

    /** Nearest-rank percentile of ascending values. */
    static double percentile(double[] sorted, double q) {
        int rank = (int) Math.ceil(q * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length, rank) - 1)];
    }
}
