package io.segmentation.ingestion;

import java.util.List;

import io.segmentation.cleaning.CleaningReport;
import io.segmentation.purchases.Order;
import org.jspecify.annotations.Nullable;

/**
 * A purchase file read, cleaned and folded into orders.
 *
 * @param format   {@code csv} or {@code xlsx}
 * @param layout   {@code online-retail}, {@code orders}, {@code usual-names} or {@code custom}
 * @param currency currency code from the amount header, or null
 * @param cleaning what cleaning kept and removed, in rows
 * @param orders   the clean orders
 * @param columns  canonical field -> the header column it was read from
 * @param rules    the cleaning rules that ran
 * @param notes    how the file was read where a reader would want to know (no order id column, decimal commas)
 * @param products what each customer bought of each product (none when the file has no product column)
 */
public record ParsedFile(String format, String layout, @Nullable String currency, CleaningReport cleaning,
                         List<Order> orders, java.util.Map<String, String> columns, List<String> notes,
                         List<io.segmentation.cleaning.RejectionReason> rules,
                         io.segmentation.purchases.ProductSales products) {

    /** Distinct customers among the orders. */
    public long customers() {
        return orders.stream().map(Order::customerId).distinct().count();
    }
}
