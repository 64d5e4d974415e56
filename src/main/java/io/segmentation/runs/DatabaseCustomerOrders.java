package io.segmentation.runs;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

import io.segmentation.purchases.Order;
import io.segmentation.purchases.OrderStore;
import io.segmentation.purchases.StoredOrder;
import io.segmentation.purchases.StoredOrderTotals;
import org.jspecify.annotations.Nullable;

/**
 * The committed uploads' orders grouped per customer in MongoDB and streamed to the run, which folds each customer
 * into {@link CustomerFacts} at once: the service's heap holds facts per customer and one cursor batch of customers'
 * orders, never every order. Three aggregations: the totals (distinct orders, latest time), the orders of the last
 * two days before the latest (for the latest calendar date in the zone), and the per-customer stream.
 */
final class DatabaseCustomerOrders implements CustomerOrders {

    // why: a zone's clock may go back across midnight (America/St_Johns did until 2011), so calendar dates are not
    // monotonic in time; no offset change reaches a day, so two days' margin catches every order of a date
    private static final Duration MARGIN = Duration.ofDays(2);

    private final OrderStore store;
    private final List<String> uploads;
    private final int batchSize;
    private final StoredOrderTotals totals;

    /** Reads the totals of the uploads' orders at once (one aggregation). */
    DatabaseCustomerOrders(OrderStore store, List<String> uploads, int batchSize) {
        this.store = store;
        this.uploads = List.copyOf(uploads);
        this.batchSize = batchSize;
        this.totals = store.totalsIn(this.uploads);
    }

    /** Order documents read and distinct orders. */
    StoredOrderTotals totals() {
        return totals;
    }

    @Override
    public @Nullable LocalDate latestPurchase(ZoneId zone) {
        Instant latest = totals.latest();
        if (latest == null) {
            return null;
        }
        LocalDate[] max = {LocalDate.ofInstant(latest, zone)};
        LocalDate ofLatest = max[0];
        // why: only an order dated after the latest order's date can raise the maximum; outside a clock going back
        // across midnight there is none, and only its key comes back
        store.forEachOrderFrom(uploads, latest.minus(MARGIN),
                t -> LocalDate.ofInstant(t, zone).isAfter(ofLatest), order -> {
            LocalDate d = LocalDate.ofInstant(order.timestamp(), zone);
            if (d.isAfter(max[0])) {
                max[0] = d;
            }
        });
        return max[0];
    }

    @Override
    public void forEachCustomer(LocalDate asOf, ZoneId zone, BiConsumer<String, List<Order>> customer) {
        Instant before = asOf.plusDays(1).atStartOfDay(zone).toInstant().plus(MARGIN);
        var arrival = ArrivalOrder.of(totals.orders());
        store.forEachCustomerIn(uploads, before, batchSize, (customerId, stored) -> {
            List<StoredOrder> sorted = new ArrayList<>(stored);
            sorted.sort(arrival);
            List<Order> orders = new ArrayList<>(sorted.size());
            sorted.forEach(s -> orders.add(s.order()));
            customer.accept(customerId, orders);
        });
    }
}
