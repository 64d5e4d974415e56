package io.segmentation.purchases;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.segmentation.cleaning.PurchaseLine;
import org.jspecify.annotations.Nullable;

/**
 * Folds clean purchase lines into orders keyed by customer and order id, and into product sales keyed by customer and
 * product, as they stream past: memory grows with the number of orders and of customer-product pairs, not of lines.
 * Not thread-safe: one per file.
 */
public final class OrderAggregator {

    private final Map<String, Builder> orders = new LinkedHashMap<>();
    // why: primitive arrays keyed by customer and product number; a map of maps of double[] took about 160 bytes a
    // customer-product pair with the list of sales made from it, too much for the tens of millions of a 4 GB file
    private final ProductSalesTable productSales = new ProductSalesTable();
    private final Map<String, String> productNames = new HashMap<>();
    // why: one instance per country name instead of the first line's copy in every order (about 50 bytes an order)
    private final Map<String, String> countries = new HashMap<>();
    private @Nullable Builder last;

    /** Adds a clean line to its order. */
    public void add(PurchaseLine line) {
        String customerId = line.customerId();
        if (customerId == null) {
            throw new IllegalArgumentException("line " + line.line() + " has no customer id; clean it out first");
        }
        // why: files list an order's lines together; reusing the last order avoids a key and a lookup per line
        Builder builder = last;
        if (builder == null || !builder.orderId.equals(line.orderId()) || !builder.customerId.equals(customerId)) {
            builder = orders.computeIfAbsent(customerId + '\u0000' + line.orderId(), k -> new Builder(customerId, line.orderId()));
            last = builder;
        }
        builder.add(line);
        if (builder.country == null && line.country() != null) {
            builder.country = countries.computeIfAbsent(line.country(), c -> c);
        }
        String product = line.product();
        if (product != null) {
            if (builder.productCustomer < 0) {
                builder.productCustomer = productSales.customer(customerId);
            }
            productSales.add(builder.productCustomer, product, line.amount(), line.quantity());
            if (line.productName() != null) {
                productNames.putIfAbsent(product, line.productName());
            }
        }
    }

    /**
     * Every customer's purchases of every product so far ({@link ProductSales#NONE} without a product column), grouped
     * by customer in the order of their first sale, each customer's products in the order of their first sale.
     */
    public ProductSales productSales() {
        if (productSales.size() == 0) {
            return ProductSales.NONE;
        }
        return new ProductSales(productSales.sales(), Map.copyOf(productNames));
    }

    /** Number of orders so far. */
    public int size() {
        return orders.size();
    }

    /** The orders, in order of their first line. */
    public List<Order> orders() {
        List<Order> result = new ArrayList<>(orders.size());
        for (Builder b : orders.values()) {
            result.add(b.build());
        }
        return result;
    }

    /** Accumulates the lines of one order. */
    private static final class Builder {

        private final String customerId;
        private final String orderId;
        private @Nullable Instant timestamp;
        private double amount;
        private double items;
        private int lines;
        private @Nullable Map<String, Double> byCategory;
        private @Nullable String country;
        private int productCustomer = -1; // the customer's number in the product sales, once the order has a product

        Builder(String customerId, String orderId) {
            this.customerId = customerId;
            this.orderId = orderId;
        }

        void add(PurchaseLine line) {
            if (timestamp == null || line.timestamp().isBefore(timestamp)) {
                timestamp = line.timestamp();
            }
            double lineAmount = line.amount();
            amount += lineAmount;
            items += line.quantity();
            lines++;
            if (line.category() != null) {
                if (byCategory == null) {
                    byCategory = new HashMap<>(4);
                }
                byCategory.merge(line.category(), lineAmount, Double::sum);
            }
        }

        Order build() {
            return new Order(customerId, orderId, timestamp, amount, items, lines,
                    byCategory == null ? Map.of() : Map.copyOf(byCategory), country);
        }
    }
}
