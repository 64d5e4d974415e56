package io.segmentation.rules;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * One rule segment of the catalogue: its dimension, stable id, display name and a one-sentence description.
 *
 * @param dimension {@link #PURCHASE_FREQUENCY}, {@link #SPENDING} or {@link #CATEGORY}
 * @param id the segment's stable id, e.g. {@code loyal}
 * @param name the display name, e.g. {@code Loyal}
 * @param description one sentence with the thresholds in force, e.g. {@code 5+ orders in the last 6 months.}
 */
public record RuleSegmentDefinition(String dimension, String id, String name, String description) {

    /** The purchase-frequency dimension (the key of the seed export). */
    public static final String PURCHASE_FREQUENCY = "purchase_frequency";
    /** The spending dimension. */
    public static final String SPENDING = "spending";
    /** The category-preference dimension. */
    public static final String CATEGORY = "category";

    /**
     * The catalogue of the fixed rule segments, described with the given thresholds, in checking order per
     * dimension: new, loyal, seasonal, lapsed, regular; high-value, medium-value, low-value; family, mixed, unknown.
     * Dominant-category segments depend on the data; see {@link #dominantCategory(String, RuleSettings)}.
     *
     * @param settings the thresholds in force
     * @return 11 definitions, unmodifiable
     */
    public static List<RuleSegmentDefinition> definitions(RuleSettings settings) {
        String highAov = amount(settings.highAverageOrderValue());
        String highLifetime = amount(settings.highLifetimeValue());
        String lowLifetime = amount(settings.lowLifetimeValue());
        return List.of(
                frequency(PurchaseFrequency.NEW, "Exactly 1 order."),
                frequency(PurchaseFrequency.LOYAL, settings.loyalMinOrders() + "+ orders in the last "
                        + settings.loyalWindowMonths() + " months."),
                frequency(PurchaseFrequency.SEASONAL, percent(settings.seasonalShare())
                        + "+ of orders in the festive periods " + periods(settings.festivePeriods()) + "."),
                frequency(PurchaseFrequency.LAPSED, "No order in the last " + settings.lapsedDays() + " days."),
                frequency(PurchaseFrequency.REGULAR, "More than 1 order but neither loyal, seasonal nor lapsed."),
                spending(Spending.HIGH_VALUE, "Average order value of " + highAov + "+ or lifetime spend of "
                        + highLifetime + "+."),
                spending(Spending.MEDIUM_VALUE, "Lifetime spend above " + lowLifetime
                        + " without reaching a high-value threshold."),
                spending(Spending.LOW_VALUE, "Lifetime spend of " + lowLifetime + " or less."),
                category(CategoryPreference.FAMILY, "No category with " + percent(settings.dominantCategoryShare())
                        + "+ of spend, but 2 or more with " + percent(settings.familyCategoryShare()) + "+ each."),
                category(CategoryPreference.MIXED, "No category with " + percent(settings.dominantCategoryShare())
                        + "+ of spend and fewer than 2 with " + percent(settings.familyCategoryShare()) + "+."),
                category(CategoryPreference.UNKNOWN, "No order carries a category."));
    }

    /**
     * The definition of the segment of customers dominated by one category.
     *
     * @param categoryName the category name as in the data, e.g. {@code Womens}
     * @param settings the thresholds in force
     * @return e.g. {@code (category, womens, Womens, "70%+ of categorised spend in Womens.")}
     * @throws IllegalArgumentException when the name is blank
     */
    public static RuleSegmentDefinition dominantCategory(String categoryName, RuleSettings settings) {
        return dominantCategory(categoryName, settings, java.util.Set.of());
    }

    /** As {@link #dominantCategory(String, RuleSettings)}, the id kept apart from {@code reservedIds} as well. */
    public static RuleSegmentDefinition dominantCategory(String categoryName, RuleSettings settings,
                                                         java.util.Set<String> reservedIds) {
        return category(CategoryPreference.dominant(categoryName, reservedIds),
                percent(settings.dominantCategoryShare()) + "+ of categorised spend in " + categoryName + ".");
    }

    private static RuleSegmentDefinition frequency(PurchaseFrequency segment, String description) {
        return new RuleSegmentDefinition(PURCHASE_FREQUENCY, segment.id(), segment.displayName(), description);
    }

    private static RuleSegmentDefinition spending(Spending segment, String description) {
        return new RuleSegmentDefinition(SPENDING, segment.id(), segment.displayName(), description);
    }

    private static RuleSegmentDefinition category(CategoryPreference segment, String description) {
        return new RuleSegmentDefinition(CATEGORY, segment.id(), segment.name(), description);
    }

    private static String periods(List<MonthDayRange> periods) {
        return periods.isEmpty() ? "(none configured)"
                : periods.stream().map(MonthDayRange::toString).collect(Collectors.joining(", "));
    }

    // why: through BigDecimal so that 0.7 prints as 70%, not 70.00000000000001%
    private static String percent(double share) {
        return BigDecimal.valueOf(share).movePointRight(2).stripTrailingZeros().toPlainString() + "%";
    }

    private static String amount(double value) {
        return new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(value);
    }
}
