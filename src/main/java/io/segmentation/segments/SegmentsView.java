package io.segmentation.segments;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * The published run's segments, or the explicit empty state before the first run.
 *
 * @param runId     the published run, null before the first run
 * @param asOf      its reference date
 * @param customers customers in it
 * @param segments  segment profiles in display order; empty before the first run
 * @param state     {@code PUBLISHED}, or {@code NO_RUN_YET} before the first run completed
 * @param detail    before the first run, what to do to get segments; null otherwise
 */
@Schema(description = "The segments of the published run; state NO_RUN_YET (and no segments) before the first run.")
public record SegmentsView(@Nullable String runId, @Schema(example = "2011-12-10") @Nullable LocalDate asOf,
                           @Schema(example = "3546") long customers, List<SegmentProfile> segments,
                           @Schema(example = "PUBLISHED", allowableValues = {"PUBLISHED", "NO_RUN_YET"}) String state,
                           @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String detail,
                           @Schema(example = "GBP") @Nullable String currency) {

    static final String NO_RUN_YET = "NO_RUN_YET";

    /** The segments of a published run, without a currency. */
    public SegmentsView(String runId, LocalDate asOf, long customers, List<SegmentProfile> segments) {
        this(runId, asOf, customers, segments, "PUBLISHED", null, null);
    }

    /** The segments of a published run whose amounts are in {@code currency} (null when the data gave none). */
    public SegmentsView(String runId, LocalDate asOf, long customers, List<SegmentProfile> segments,
                        @Nullable String currency) {
        this(runId, asOf, customers, segments, "PUBLISHED", null, currency);
    }

    /** Before the first completed run: no segments yet, and how to get them. */
    static SegmentsView noRunYet() {
        return new SegmentsView(null, null, 0, List.of(), NO_RUN_YET, "No run has completed yet, so there are no"
                + " segments: upload purchases with POST /uploads (each upload runs), or wait while the demo data"
                + " loads (GET /health is UP when it is done).", null);
    }
}
