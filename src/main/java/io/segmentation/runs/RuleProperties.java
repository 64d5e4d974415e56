package io.segmentation.runs;

import java.util.List;

import io.segmentation.rules.MonthDayRange;
import io.segmentation.rules.RuleSettings;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Thresholds of the rule segments ({@code segmentation.rules.*}); amounts are in the data's currency, shares are
 * fractions, festive periods are month-day ranges such as {@code 12-01/12-31}.
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
                      @DefaultValue("0.3") double familyCategoryShare) {

    /** The settings of the pure rule core; throws IllegalArgumentException on a bad threshold or period. */
    RuleSettings toSettings() {
        return new RuleSettings(loyalMinOrders, loyalWindowMonths, lapsedDays, seasonalShare,
                festivePeriods.stream().map(MonthDayRange::parse).toList(), highAverageOrderValue, highLifetimeValue,
                lowLifetimeValue, dominantCategoryShare, familyCategoryShare);
    }
}
