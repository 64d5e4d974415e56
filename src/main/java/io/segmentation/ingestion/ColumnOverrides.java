package io.segmentation.ingestion;

import org.jspecify.annotations.Nullable;

/**
 * Column names given explicitly by the uploader, for files whose header is not a known layout; each may be null.
 * A file is read as order lines when {@code quantity} and {@code unitPrice} are given, as orders when {@code amount} is.
 */
public record ColumnOverrides(@Nullable String customerId, @Nullable String orderId, @Nullable String date,
                              @Nullable String quantity, @Nullable String unitPrice, @Nullable String amount,
                              @Nullable String category, @Nullable String country) {

    public static ColumnOverrides none() {
        return new ColumnOverrides(null, null, null, null, null, null, null, null);
    }

    boolean isEmpty() {
        return customerId == null && orderId == null && date == null && quantity == null && unitPrice == null
                && amount == null && category == null && country == null;
    }
}
