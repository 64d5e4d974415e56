package io.segmentation.segments;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * The published run's segments.
 *
 * @param runId     the published run, null before the first run
 * @param asOf      its reference date
 * @param customers customers in it
 * @param segments  segment profiles in display order
 */
@Schema(description = "The segments of the published run.")
public record SegmentsView(@Nullable String runId, @Schema(example = "2011-12-10") @Nullable LocalDate asOf,
                           @Schema(example = "3546") long customers, List<SegmentProfile> segments,
                           @Schema(example = "GBP") @Nullable String currency) {

    /** A view without a currency. */
    public SegmentsView(@Nullable String runId, @Nullable LocalDate asOf, long customers, List<SegmentProfile> segments) {
        this(runId, asOf, customers, segments, null);
    }
}
