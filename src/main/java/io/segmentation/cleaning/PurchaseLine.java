package io.segmentation.cleaning;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One parsed line of a purchase file, in canonical fields.
 *
 * @param line        line number in the file (1 = header), or row number in a sheet
 * @param customerId  customer id as text, {@code null} when missing ({@code 12923.0} is already {@code 12923})
 * @param orderId     order (invoice) id
 * @param cancelled   true when the layout marks the line as a cancellation (Online Retail: InvoiceNo starts with C)
 * @param timestamp   purchase instant (local date-times are read in the configured zone)
 * @param quantity    items on the line; 1 for order-level files without a quantity
 * @param price       unit price, or the order amount for order-level files, in the data's currency
 * @param category    product category, {@code null} when the data has none
 * @param country     country, {@code null} when the data has none
 * @param fingerprint 64-bit hash of the raw fields, equal for exact duplicate lines
 * @param product     product code (Online Retail: StockCode), {@code null} when the data has none
 * @param productName product name (Online Retail: Description), {@code null} when the data has none
 */
public record PurchaseLine(long line, @Nullable String customerId, String orderId, boolean cancelled, Instant timestamp,
                           double quantity, double price, @Nullable String category, @Nullable String country,
                           long fingerprint, @Nullable String product, @Nullable String productName) {

    /** A line without product columns. */
    public PurchaseLine(long line, @Nullable String customerId, String orderId, boolean cancelled, Instant timestamp,
                        double quantity, double price, @Nullable String category, @Nullable String country,
                        long fingerprint) {
        this(line, customerId, orderId, cancelled, timestamp, quantity, price, category, country, fingerprint, null,
                null);
    }

    /** Amount of the line: quantity x price, in the data's currency. */
    public double amount() {
        return quantity * price;
    }
}
