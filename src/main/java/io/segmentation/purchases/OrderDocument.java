package io.segmentation.purchases;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.jspecify.annotations.Nullable;

/**
 * An order as stored inside an {@link OrderBucket} (and, before buckets, as one document of the legacy
 * {@code orders} collection, which {@link LegacyOrderMigration} moves into buckets at start-up).
 */
record OrderDocument(String customerId, String orderId, Instant timestamp, double amount, double items, int lines,
                     List<CategoryAmount> categories, @Nullable String country) {

    /** Spend on one category within an order (a list, because category names may contain dots). */
    record CategoryAmount(String category, double amount) {
    }

    static OrderDocument of(Order order) {
        List<CategoryAmount> categories = order.amountByCategory().entrySet().stream()
                .map(e -> new CategoryAmount(e.getKey(), e.getValue())).toList();
        return new OrderDocument(order.customerId(), order.orderId(), order.timestamp(), order.amount(),
                order.items(), order.lines(), categories, order.country());
    }

    /**
     * The order, its repeated texts (customer id, category names, country) replaced by {@code canonical}'s
     * instance, so that a run holding every order keeps each such text once.
     */
    Order toOrder(UnaryOperator<String> canonical) {
        Map<String, Double> byCategory;
        if (categories.isEmpty()) {
            byCategory = Map.of();
        } else if (categories.size() == 1) {
            byCategory = Map.of(canonical.apply(categories.get(0).category()), categories.get(0).amount());
        } else {
            Map<String, Double> merged = new HashMap<>();
            for (CategoryAmount c : categories) {
                merged.merge(canonical.apply(c.category()), c.amount(), Double::sum);
            }
            byCategory = Map.copyOf(merged);
        }
        return new Order(canonical.apply(customerId), orderId, timestamp, amount, items, lines, byCategory,
                country == null ? null : canonical.apply(country));
    }
}
