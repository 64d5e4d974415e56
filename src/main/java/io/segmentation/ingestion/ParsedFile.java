package io.segmentation.ingestion;

import java.util.List;

import io.segmentation.cleaning.CleaningReport;
import io.segmentation.purchases.Order;
import org.jspecify.annotations.Nullable;

/**
 * A purchase file read, cleaned and folded into orders.
 *
 * @param format   {@code csv} or {@code xlsx}
 * @param layout   {@code online-retail}, {@code orders} or {@code custom}
 * @param currency currency code from the amount header, or null
 * @param cleaning what cleaning kept and removed, in rows
 * @param orders   the clean orders
 */
public record ParsedFile(String format, String layout, @Nullable String currency, CleaningReport cleaning,
                         List<Order> orders) {

    /** Distinct customers among the orders. */
    public long customers() {
        return orders.stream().map(Order::customerId).distinct().count();
    }
}
