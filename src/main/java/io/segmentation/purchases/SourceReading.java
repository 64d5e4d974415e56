package io.segmentation.purchases;

import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;

/**
 * Folds the parts read from one source (a document, or a group of documents summed in MongoDB) into orders and
 * counts the documents that cannot be read, by reason. Not thread-safe: one per source and run.
 */
final class SourceReading {

    static final String MISSING_CUSTOMER_ID = "MISSING_CUSTOMER_ID";
    static final String MISSING_ORDER_ID = "MISSING_ORDER_ID";
    static final String UNPARSEABLE_DATE = "UNPARSEABLE_DATE";
    static final String UNPARSEABLE_AMOUNT = "UNPARSEABLE_AMOUNT";
    static final String NON_POSITIVE_AMOUNT = "NON_POSITIVE_AMOUNT";

    private final ZoneId zone;
    private final Map<String, Builder> orders = new LinkedHashMap<>();
    private final Map<String, Long> unreadable = new TreeMap<>();
    private long documents;

    SourceReading(ZoneId zone) {
        this.zone = zone;
    }

    /** One streamed document's raw field values. */
    void document(@Nullable Object customer, @Nullable Object order, @Nullable Object date, @Nullable Object amount,
                  @Nullable Object category) {
        Double value = SourceValues.amount(amount);
        long bad = value == null ? 1 : 0;
        long nonPositive = value != null && value <= 0 ? 1 : 0;
        part(customer, order, date, category, value == null || value <= 0 ? 0 : value, 1, bad, nonPositive);
    }

    /**
     * A group of {@code documents} documents with the same raw customer, order, date and category, of which
     * {@code unparseableAmounts} had no numeric amount and {@code nonPositiveAmounts} one {@code <= 0}; {@code amount}
     * is the sum of the others' amounts.
     */
    void part(@Nullable Object customer, @Nullable Object order, @Nullable Object date, @Nullable Object category,
              double amount, long documents, long unparseableAmounts, long nonPositiveAmounts) {
        this.documents += documents;
        String customerId = SourceValues.id(customer);
        if (customerId == null) {
            count(MISSING_CUSTOMER_ID, documents);
            return;
        }
        String orderId = SourceValues.id(order);
        if (orderId == null) {
            count(MISSING_ORDER_ID, documents);
            return;
        }
        Instant timestamp = SourceValues.instant(date, zone);
        if (timestamp == null) {
            count(UNPARSEABLE_DATE, documents);
            return;
        }
        count(UNPARSEABLE_AMOUNT, unparseableAmounts);
        count(NON_POSITIVE_AMOUNT, nonPositiveAmounts);
        long good = documents - unparseableAmounts - nonPositiveAmounts;
        if (good > 0) {
            orders.computeIfAbsent(customerId + '\u0000' + orderId, k -> new Builder(customerId, orderId))
                    .add(timestamp, amount, good, SourceValues.category(category));
        }
    }

    private void count(String reason, long n) {
        if (n > 0) {
            unreadable.merge(reason, n, Long::sum);
        }
    }

    /** Hands every order to the consumer and reports what was read. */
    PurchaseInput finish(String name, String path, Consumer<Order> consumer) {
        orders.values().forEach(b -> consumer.accept(b.build()));
        long bad = unreadable.values().stream().mapToLong(Long::longValue).sum();
        return new PurchaseInput(name, "mongodb", path, documents, orders.size(), bad, new TreeMap<>(unreadable));
    }

    /** Accumulates the parts of one order. */
    private static final class Builder {

        private final String customerId;
        private final String orderId;
        private @Nullable Instant timestamp;
        private double amount;
        private long lines;
        private @Nullable Map<String, Double> byCategory;

        Builder(String customerId, String orderId) {
            this.customerId = customerId;
            this.orderId = orderId;
        }

        void add(Instant at, double partAmount, long partLines, @Nullable String category) {
            if (timestamp == null || at.isBefore(timestamp)) {
                timestamp = at;
            }
            amount += partAmount;
            lines += partLines;
            if (category != null) {
                if (byCategory == null) {
                    byCategory = new HashMap<>(4);
                }
                byCategory.merge(category, partAmount, Double::sum);
            }
        }

        Order build() {
            return new Order(customerId, orderId, timestamp, amount, lines, (int) lines,
                    byCategory == null ? Map.of() : Map.copyOf(byCategory), null);
        }
    }
}
