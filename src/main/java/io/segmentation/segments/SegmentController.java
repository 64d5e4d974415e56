package io.segmentation.segments;

import io.segmentation.web.ProblemResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Segment profiles of the published run. */
@RestController
@Validated
@Tag(name = "Segments", description = "Segment profiles of the published run: RFM segments, K-means clusters and rule segments.")
class SegmentController {

    private final SegmentService service;

    SegmentController(SegmentService service) {
        this.service = service;
    }

    @GetMapping("/segments")
    @Operation(operationId = "listSegments", summary = "All segments of the published run",
            description = "Size, share, revenue, revenue share and average R, F and M of every segment. Before the first"
                    + " run, state is NO_RUN_YET, runId null, the list empty and detail says how to get segments; otherwise state"
                    + " is PUBLISHED.")
    SegmentsView segments(@Parameter(description = "only this scheme: rfm, cluster or rules", example = "rfm")
                          @RequestParam(required = false)
                          @Pattern(regexp = "rfm|cluster|rules", message = "must be rfm, cluster or rules")
                          @Nullable String scheme) {
        return service.segments(scheme);
    }

    @GetMapping("/segment/{id}")
    @Operation(operationId = "getSegment", summary = "One segment", description = "Its profile, rule and top 10 customers by monetary value; 404 when"
            + " the published run has no such segment.")
    @ProblemResponse(status = 404, type = "not-found", title = "Not found",
            detail = "No segment 'champignons' in the published run; GET /segments lists them.")
    SegmentDetail segment(@Parameter(example = "champions") @PathVariable String id) {
        return service.segment(id);
    }
}
