package io.segmentation.purchases;

import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * What a run read from one input: the committed uploads, or one MongoDB source.
 *
 * @param name               {@code uploads} or the source's label ({@code database.collection} by default)
 * @param kind               {@code uploads} or {@code mongodb}
 * @param path               how a source was read: {@code aggregation} (summed in MongoDB) or {@code stream}
 *                           (projected documents summed in the service); null for uploads
 * @param documentsRead      documents (source) or order documents (uploads) read
 * @param orders             distinct orders taken from the input
 * @param unreadable         documents left out because a field could not be read
 * @param unreadableByReason unreadable documents per reason ({@code MISSING_CUSTOMER_ID}, {@code MISSING_ORDER_ID},
 *                           {@code UNPARSEABLE_DATE}, {@code UNPARSEABLE_AMOUNT}, {@code NON_POSITIVE_AMOUNT})
 */
@Schema(description = "What a run read from one input.")
public record PurchaseInput(@Schema(example = "segmentation.seed_orders") String name,
                            @Schema(example = "mongodb") String kind,
                            @Schema(example = "aggregation") @Nullable String path,
                            @Schema(example = "1200") long documentsRead,
                            @Schema(example = "1180") long orders,
                            @Schema(example = "3") long unreadable,
                            Map<String, Long> unreadableByReason) {

    /** The committed uploads' contribution. */
    public static PurchaseInput uploads(long orderDocuments, long orders) {
        return new PurchaseInput("uploads", "uploads", null, orderDocuments, orders, 0, Map.of());
    }
}
