package io.segmentation.rules;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

/**
 * One order of a customer, as the rule segments see it: its calendar date, its amount and its amount per category.
 *
 * @param date the order's calendar date in the run's zone
 * @param amount the order's total in the data's currency, finite and {@code >= 0}
 * @param amountByCategory the order's amount per category name (names as in the data, e.g. {@code "Womens"}), each
 *        finite and {@code >= 0}; empty (or {@code null}, read as empty) when the data has no category
 */
public record OrderFacts(LocalDate date, double amount, Map<String, Double> amountByCategory) {

    /**
     * Checks and copies the components.
     *
     * @throws NullPointerException when {@code date}, a category name or a category amount is null
     * @throws IllegalArgumentException when an amount is negative or not finite, or a category name is blank
     */
    public OrderFacts {
        Objects.requireNonNull(date, "date");
        requireAmount("amount", amount);
        amountByCategory = amountByCategory == null ? Map.of() : Map.copyOf(amountByCategory);
        amountByCategory.forEach((category, categoryAmount) -> {
            if (category.isBlank()) {
                throw new IllegalArgumentException("category name must not be blank");
            }
            requireAmount("amount of category '" + category + "'", categoryAmount);
        });
    }

    /**
     * An order of a data set without categories.
     *
     * @param date the order's calendar date
     * @param amount the order's total in the data's currency, finite and {@code >= 0}
     */
    public OrderFacts(LocalDate date, double amount) {
        this(date, amount, Map.of());
    }

    private static void requireAmount(String what, double value) {
        if (!Double.isFinite(value) || value < 0) {
            throw new IllegalArgumentException(what + " must be a finite number >= 0, was " + value);
        }
    }
}
