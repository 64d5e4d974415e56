package io.segmentation.purchases;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * What the stored orders of some committed uploads come to in MongoDB, an order (customer and order id) repeated in
 * several uploads counted once, as the last upload has it.
 *
 * @param documents order documents read (repeats included)
 * @param orders    distinct orders
 * @param latest    the latest order time among the distinct orders, or null when there is none
 */
public record StoredOrderTotals(long documents, long orders, @Nullable Instant latest) {
}
