package io.segmentation.events;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * A page of webhook deliveries, newest first, in the envelope of customer pages.
 *
 * @param state         the state filter, or null for all
 * @param page          0-based page number
 * @param size          page size
 * @param totalElements deliveries matching the filter
 * @param totalPages    pages of this size
 * @param content       the deliveries of this page
 * @param sort          always {@code createdAt,desc} (then batch ascending)
 */
@Schema(description = "A page of webhook deliveries.")
record DeliveryPage(@Schema(example = "pending") @Nullable String state, int page, int size,
                           long totalElements, long totalPages, List<DeliveryView> content,
                           @Schema(example = "createdAt,desc") String sort) {
}
