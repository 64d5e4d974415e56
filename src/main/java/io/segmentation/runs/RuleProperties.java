package io.segmentation.runs;

import io.segmentation.rules.SpendingThresholds;

import java.util.List;

import io.segmentation.rules.MonthDayRange;
import io.segmentation.rules.RuleSettings;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Thresholds of the rule segments ({@code segmentation.rules.*}); amounts are in the data's currency, shares are
 * fractions, festive periods are month-day ranges such as {@code 12-01/12-31}.
 *
 * <p>Spending: {@code spending-thresholds=percentiles} (the default) derives the high- and low-value amounts from
 * each run's customers ({@code high-average-order-value-percentile} 0.9, {@code high-lifetime-value-percentile} 0.8,
 * {@code low-lifetime-value-percentile} 0.3); {@code fixed} uses {@code high-average-order-value},
 * {@code high-lifetime-value} and {@code low-lifetime-value}. {@code preset=lkr-fashion} is the seed fashion
 * retailer's rules: fixed 15,000 / 150,000 / 10,000 LKR.
 */
@ConfigurationProperties("segmentation.rules")
record RuleProperties(@DefaultValue("5") int loyalMinOrders,
                      @DefaultValue("6") int loyalWindowMonths,
                      @DefaultValue("90") int lapsedDays,
                      @DefaultValue("0.8") double seasonalShare,
                      @DefaultValue({"04-01/04-20", "12-01/12-31"}) List<String> festivePeriods,
                      @DefaultValue("15000") double highAverageOrderValue,
                      @DefaultValue("150000") double highLifetimeValue,
                      @DefaultValue("10000") double lowLifetimeValue,
                      @DefaultValue("0.7") double dominantCategoryShare,
                      @DefaultValue("0.3") double familyCategoryShare,
                      @DefaultValue("percentiles") String spendingThresholds,
                      @DefaultValue("0.9") double highAverageOrderValuePercentile,
                      @DefaultValue("0.8") double highLifetimeValuePercentile,
                      @DefaultValue("0.3") double lowLifetimeValuePercentile,
                      @DefaultValue("none") String preset) {

    /** The seed fashion retailer's spending amounts, in LKR. */
    static final double[] LKR_FASHION = {15_000, 150_000, 10_000};

    RuleProperties {
        if (!preset.equals("none") && !preset.equals("lkr-fashion")) {
            throw new IllegalArgumentException("segmentation.rules.preset '" + preset + "' is not known; use none or"
                    + " lkr-fashion");
        }
        if (!spendingThresholds.equals("percentiles") && !spendingThresholds.equals("fixed")) {
            throw new IllegalArgumentException("segmentation.rules.spending-thresholds '" + spendingThresholds
                    + "' must be percentiles or fixed");
        }
        if (preset.equals("lkr-fashion")) {
            highAverageOrderValue = LKR_FASHION[0];
            highLifetimeValue = LKR_FASHION[1];
            lowLifetimeValue = LKR_FASHION[2];
            spendingThresholds = "fixed";
        }
    }

    /** How runs choose the spending amounts. */
    SpendingThresholds spending() {
        return spendingThresholds.equals("fixed") ? SpendingThresholds.FIXED : new SpendingThresholds(true,
                highAverageOrderValuePercentile, highLifetimeValuePercentile, lowLifetimeValuePercentile);
    }

    /** The settings of the pure rule core; throws IllegalArgumentException on a bad threshold or period. */
    RuleSettings toSettings() {
        return new RuleSettings(loyalMinOrders, loyalWindowMonths, lapsedDays, seasonalShare,
                festivePeriods.stream().map(MonthDayRange::parse).toList(), highAverageOrderValue, highLifetimeValue,
                lowLifetimeValue, dominantCategoryShare, familyCategoryShare);
    }
}
