package io.segmentation.rules;

import java.time.LocalDate;
import java.util.List;

/**
 * The purchase-frequency rules, checked in the order new, loyal, seasonal, lapsed, else regular.
 *
 * <p>"In the last N days/months" means strictly after {@code asOf} minus N, up to {@code asOf}: with {@code asOf}
 * the day after the latest purchase, an order exactly N days (or N calendar months) before {@code asOf} is outside
 * the window. So a customer is lapsed exactly when recency R = days(last order, asOf) is {@code >= lapsedDays}.
 */
final class FrequencyRules {

    private FrequencyRules() {
    }

    static List<Rule<PurchaseFrequency>> inOrder(RuleSettings settings) {
        return List.of(
                new Rule<>(PurchaseFrequency.NEW, FrequencyRules::hasExactlyOneOrder),
                new Rule<>(PurchaseFrequency.LOYAL, history -> hasManyRecentOrders(history,
                        settings.loyalMinOrders())),
                new Rule<>(PurchaseFrequency.SEASONAL, history -> ordersMostlyInFestivePeriods(history,
                        settings.seasonalShare())),
                new Rule<>(PurchaseFrequency.LAPSED, history -> hasNoRecentOrder(history, settings.lapsedDays())));
    }

    static PurchaseFrequency otherwise() {
        return PurchaseFrequency.REGULAR;
    }

    static boolean hasExactlyOneOrder(RuleFacts history) {
        return history.orderCount() == 1;
    }

    /** At least {@code minOrders} orders dated after {@code asOf.minusMonths(windowMonths)}. */
    static boolean hasManyRecentOrders(RuleFacts history, int minOrders) {
        return history.loyalWindowOrders() >= minOrders;
    }

    /** At least {@code share} of the orders (by count) fall in one of the festive periods. */
    static boolean ordersMostlyInFestivePeriods(RuleFacts history, double share) {
        return Proportion.atLeast(history.festiveOrders(), history.orderCount(), share);
    }

    /** The last order is on or before {@code asOf.minusDays(days)}. */
    static boolean hasNoRecentOrder(RuleFacts history, int days) {
        return !history.lastOrderDate().isAfter(history.asOf().minusDays(days));
    }

    /** Whether an order's date is in the loyalty window: after {@code asOf.minusMonths(windowMonths)}. */
    static boolean inLoyalWindow(LocalDate date, LocalDate asOf, int windowMonths) {
        return date.isAfter(asOf.minusMonths(windowMonths));
    }

    /** Whether an order's date is in one of the festive periods. */
    static boolean inFestivePeriod(LocalDate date, List<MonthDayRange> periods) {
        return periods.stream().anyMatch(period -> period.contains(date));
    }
}
