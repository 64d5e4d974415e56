package io.segmentation.runs;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

import io.segmentation.purchases.Order;
import org.jspecify.annotations.Nullable;

/**
 * Every customer's distinct orders for a run, handed over one customer at a time, so that a run that folds each into
 * {@link CustomerFacts} at once holds facts per customer, not orders: from a map in memory, or streamed from MongoDB
 * by {@link DatabaseCustomerOrders}.
 */
public interface CustomerOrders {

    /**
     * The latest order date in the zone, or null when there is no order; {@code asOf = auto} is the day after it.
     */
    @Nullable LocalDate latestPurchase(ZoneId zone);

    /**
     * Hands each customer's distinct orders to {@code customer}, each customer once, customers in any order, a
     * customer's orders in the order {@link RunInputs#load} gives them (their sums depend on it). Orders dated after
     * {@code asOf} (in {@code zone}) may be among them (the pipeline leaves them out); a producer may leave them out.
     */
    void forEachCustomer(LocalDate asOf, ZoneId zone, BiConsumer<String, List<Order>> customer);

    /** The orders of a map of customer id to that customer's distinct orders (not empty lists). */
    static CustomerOrders of(Map<String, List<Order>> ordersByCustomer) {
        return new CustomerOrders() {
            @Override
            public @Nullable LocalDate latestPurchase(ZoneId zone) {
                LocalDate latest = null;
                for (List<Order> orders : ordersByCustomer.values()) {
                    for (Order o : orders) {
                        LocalDate d = LocalDate.ofInstant(o.timestamp(), zone);
                        if (latest == null || d.isAfter(latest)) {
                            latest = d;
                        }
                    }
                }
                return latest;
            }

            @Override
            public void forEachCustomer(LocalDate asOf, ZoneId zone, BiConsumer<String, List<Order>> customer) {
                ordersByCustomer.forEach(customer);
            }
        };
    }
}
