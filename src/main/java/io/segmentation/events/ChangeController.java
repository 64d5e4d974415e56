package io.segmentation.events;

import io.segmentation.web.ProblemResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The customers whose segments changed in a run. */
@RestController
@Validated
@Tag(name = "Segment changes", description = "Customers whose segments changed in a run, and their webhook deliveries.")
class ChangeController {

    private final SegmentChanges changes;

    ChangeController(SegmentChanges changes) {
        this.changes = changes;
    }

    @GetMapping("/segments/changes")
    @Operation(operationId = "listSegmentChanges", summary = "A page of the customers whose segments changed in a run",
            description = "One item per customer and scheme (rfm, cluster, rules; rules once per dimension:"
                    + " purchaseFrequency, spending, category) whose segment id differs from the previous published"
                    + " run. New customers change from null; customers no longer in the data (an upload deleted, an"
                    + " erasure) change to null. Ordered by customer id, then the customers no longer in the data."
                    + " run defaults to the published run; a first run, or a run that did not complete, answers an"
                    + " empty page with a note. The same changes are POSTed to the configured webhooks.")
    @ApiResponse(responseCode = "200", description = "A page of changes", useReturnTypeSchema = true)
    @ProblemResponse(status = 404, type = "not-found", title = "Not found",
            detail = "No run has id 'nope'. GET /runs lists the runs.")
    ChangePage changes(@Parameter(description = "a run id; default the published run", example = "6650f1c2a4e1b23d4c5e6f70")
                       @RequestParam(required = false) @Nullable String run,
                       @Parameter(description = "0-based page") @RequestParam(defaultValue = "0") @Min(0) @Max(10_000_000) int page,
                       @Parameter(description = "page size, 1-1000") @RequestParam(defaultValue = "50") @Min(1) @Max(1000) int size) {
        return changes.page(run, page, size);
    }
}
