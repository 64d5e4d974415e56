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
                        settings.loyalMinOrders(), settings.loyalWindowMonths())),
                new Rule<>(PurchaseFrequency.SEASONAL, history -> ordersMostlyInFestivePeriods(history,
                        settings.festivePeriods(), settings.seasonalShare())),
                new Rule<>(PurchaseFrequency.LAPSED, history -> hasNoRecentOrder(history, settings.lapsedDays())));
    }

    static PurchaseFrequency otherwise() {
        return PurchaseFrequency.REGULAR;
    }

    static boolean hasExactlyOneOrder(OrderHistory history) {
        return history.orderCount() == 1;
    }

    /** At least {@code minOrders} orders dated after {@code asOf.minusMonths(windowMonths)}. */
    static boolean hasManyRecentOrders(OrderHistory history, int minOrders, int windowMonths) {
        LocalDate windowStart = history.asOf().minusMonths(windowMonths);
        return history.countOrdersDated(date -> date.isAfter(windowStart)) >= minOrders;
    }

    /** At least {@code share} of the orders (by count) fall in one of the festive periods. */
    static boolean ordersMostlyInFestivePeriods(OrderHistory history, List<MonthDayRange> periods, double share) {
        long festive = history.countOrdersDated(date -> periods.stream().anyMatch(period -> period.contains(date)));
        return Proportion.atLeast(festive, history.orderCount(), share);
    }

    /** The last order is on or before {@code asOf.minusDays(days)}. */
    static boolean hasNoRecentOrder(OrderHistory history, int days) {
        return !history.lastOrderDate().isAfter(history.asOf().minusDays(days));
    }
}
