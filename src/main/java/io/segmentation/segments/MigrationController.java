package io.segmentation.segments;

import io.segmentation.web.ProblemResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** How customers moved between RFM segments from one run to another. */
@RestController
@Tag(name = "Segments", description = "Segment profiles of the published run: RFM segments, K-means clusters and rule segments.")
class MigrationController {

    private final SegmentMigrations history;

    MigrationController(SegmentMigrations history) {
        this.history = history;
    }

    @GetMapping("/segments/migrations")
    @Operation(summary = "RFM segment migration matrix between two runs",
            description = "Customers and revenue per (from segment, to segment) pair, for customers present in both"
                    + " runs; customers only in the later run are counted as newCustomers. Default: from the run"
                    + " published before the current one to the current one. Any other pair is counted from the"
                    + " segment histories of the published run's customers (last 12 runs). 404 when no matrix exists.")
    @ProblemResponse(status = 404, type = "not-found", title = "Not found",
            detail = "No migration from run a to run b: no completed run has the id a.")
    MigrationMatrix migrations(@Parameter(description = "earlier run id (default: the run before `to`)")
                               @RequestParam(required = false) @Nullable String from,
                               @Parameter(description = "later run id (default: the published run)")
                               @RequestParam(required = false) @Nullable String to) {
        return history.matrix(blankToNull(from), blankToNull(to));
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
