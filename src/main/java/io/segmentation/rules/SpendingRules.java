package io.segmentation.rules;

import java.math.BigDecimal;
import java.util.List;

/** The spending rules, checked in the order high-value, low-value, else medium-value; boundaries are inclusive. */
final class SpendingRules {

    private SpendingRules() {
    }

    static List<Rule<Spending>> inOrder(RuleSettings settings) {
        return List.of(
                new Rule<>(Spending.HIGH_VALUE, history -> hasHighAverageOrderValue(history,
                        settings.highAverageOrderValue())
                        || hasHighLifetimeValue(history, settings.highLifetimeValue())),
                new Rule<>(Spending.LOW_VALUE, history -> hasLowLifetimeValue(history, settings.lowLifetimeValue())));
    }

    static Spending otherwise() {
        return Spending.MEDIUM_VALUE;
    }

    /** Average order value {@code >= threshold}, compared exactly as lifetime {@code >= threshold * orders}. */
    static boolean hasHighAverageOrderValue(RuleFacts history, double threshold) {
        BigDecimal needed = BigDecimal.valueOf(threshold).multiply(BigDecimal.valueOf(history.orderCount()));
        return history.lifetimeValue().compareTo(needed) >= 0;
    }

    static boolean hasHighLifetimeValue(RuleFacts history, double threshold) {
        return history.lifetimeValue().compareTo(BigDecimal.valueOf(threshold)) >= 0;
    }

    static boolean hasLowLifetimeValue(RuleFacts history, double threshold) {
        return history.lifetimeValue().compareTo(BigDecimal.valueOf(threshold)) <= 0;
    }
}
