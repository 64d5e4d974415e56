package io.segmentation.segments;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * A page of the published run's customers, in the order of {@code sort}.
 *
 * @param runId         the published run (null before the first run)
 * @param segment       the segment filter (several joined by commas), or null for all customers
 * @param country       the country filter, or null for every country
 * @param page          0-based page number
 * @param size          page size
 * @param totalElements customers matching the filter
 * @param totalPages    pages of this size
 * @param content       the customers of this page
 * @param sort          the order, e.g. {@code customerId,asc} or {@code predictedClv,desc}
 */
@Schema(description = "A page of customer profiles.")
public record CustomerPage(@Nullable String runId, @Nullable String segment, @Nullable String country, int page,
                           int size, long totalElements,
                           long totalPages, List<CustomerProfile> content,
                           @Schema(example = "customerId,asc") String sort) {

    /** A page in customer id order. */
    public CustomerPage(@Nullable String runId, @Nullable String segment, int page, int size, long totalElements,
                        long totalPages, List<CustomerProfile> content) {
        this(runId, segment, null, page, size, totalElements, totalPages, content, CustomerSort.BY_ID.toString());
    }
}
