package io.segmentation.purchases;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** An order as stored in the {@code orders} collection, tagged with the upload (batch) it came from. */
@Document("orders")
record OrderDocument(@Id @Nullable String id, String batchId, String customerId, String orderId, Instant timestamp,
                     double amount, double items, int lines, List<CategoryAmount> categories,
                     @Nullable String country) {

    /** Spend on one category within an order (a list, because category names may contain dots). */
    record CategoryAmount(String category, double amount) {
    }

    static OrderDocument of(String batchId, Order order) {
        List<CategoryAmount> categories = order.amountByCategory().entrySet().stream()
                .map(e -> new CategoryAmount(e.getKey(), e.getValue())).toList();
        return new OrderDocument(null, batchId, order.customerId(), order.orderId(), order.timestamp(), order.amount(),
                order.items(), order.lines(), categories, order.country());
    }

    Order toOrder() {
        java.util.Map<String, Double> byCategory = new java.util.HashMap<>();
        for (CategoryAmount c : categories) {
            byCategory.merge(c.category(), c.amount(), Double::sum);
        }
        return new Order(customerId, orderId, timestamp, amount, items, lines, byCategory, country);
    }
}
