package io.segmentation.runs;

import java.net.URI;
import java.util.List;

import io.segmentation.web.ListPage;
import io.segmentation.web.ListSort;
import io.segmentation.web.PageRequest;
import io.segmentation.web.Prefer;
import io.segmentation.web.ProblemResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Starts runs and reads run records. */
@RestController
@Validated
@Tag(name = "Runs", description = "Compute RFM metrics, scores and segments over all stored purchases.")
class RunController {

    private final RunService service;

    RunController(RunService service) {
        this.service = service;
    }

    @PostMapping("/runs")
    @Operation(operationId = "startRun", summary = "Start a run over all stored purchases",
            description = "Computes every customer's metrics and segments and publishes them in one step. With force=false"
                    + " the run is recorded as SKIPPED when no purchase data changed since the last completed run."
                    + " 409 when a run is already computing; 500 run-out-of-memory when the stored orders do not fit"
                    + " the service's heap (the run is recorded FAILED, the previous results stay published)."
                    + " rules overrides rule thresholds for this run only (400 when a"
                    + " value is out of range), e.g. {\"rules\": {\"lapsedDays\": 60, \"festivePeriods\": [\"12-01/12-31\"]}}.")
    @ApiResponse(responseCode = "201", description = "The run, completed; Location names it", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "200", description = "Skipped: no purchase data changed since the last completed run", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "202", description = "Prefer: respond-async: recorded RUNNING, computing in the"
            + " background; Location names the run, whose GET tells its progress", useReturnTypeSchema = true)
    @ProblemResponse(status = 409, type = "run-in-progress", title = "Run in progress",
            detail = "Run 6b0f... is running; wait for it (GET /runs/6b0f...) and retry.")
    @ProblemResponse(status = 500, type = "run-out-of-memory", title = "Run ran out of memory",
            detail = "Run 6b0f... needed more memory than the service's heap (512 MiB); it is recorded FAILED and the "
                    + "previous results stay published. Give the service a larger heap (-Xmx).")
    @ProblemResponse(status = 503, type = "source-unavailable", title = "Purchase source unavailable",
            detail = "Purchase source crm cannot be read (timed out); check segmentation.sources (uri, database, "
                    + "collection) and retry the run.")
    ResponseEntity<Run> start(@RequestBody(required = false) @Valid @Nullable RunRequest body,
                              @Parameter(description = "auto, today or an ISO date (overrides the body)", example = "auto")
                              @RequestParam(required = false) @Nullable String asOf,
                              @Parameter(description = "run even when no data changed (overrides the body)")
                              @RequestParam(required = false) @Nullable Boolean force,
                              @Parameter(description = "respond-async: answer 202 once the run is recorded and follow"
                                      + " it at the Location", example = "respond-async")
                              @RequestHeader(value = Prefer.HEADER, required = false) @Nullable String prefer) {
        RunRequest request = new RunRequest(asOf != null ? asOf : body == null ? null : body.asOf(),
                force != null ? force : body != null && body.forced(), body == null ? null : body.rules());
        URI location;
        if (Prefer.respondAsync(prefer)) {
            Run run = service.startAsync(request, "api");
            location = URI.create("/runs/" + run.id());
            return run.status() == RunStatus.RUNNING
                    ? ResponseEntity.accepted().location(location).header(Prefer.APPLIED, Prefer.RESPOND_ASYNC).body(run)
                    : ResponseEntity.ok().location(location).body(run);
        }
        Run run = service.start(request, "api");
        HttpStatus status = run.status() == RunStatus.SKIPPED ? HttpStatus.OK : HttpStatus.CREATED;
        return ResponseEntity.status(status).location(URI.create("/runs/" + run.id())).body(run);
    }

    @GetMapping("/runs/{id}")
    @Operation(operationId = "getRun", summary = "One run", description = "404 when no run has the id.")
    @ProblemResponse(status = 404, type = "not-found", title = "Not found",
            detail = "No run has the id 'does-not-exist'.")
    Run get(@PathVariable String id) {
        return service.get(id);
    }

    @GetMapping("/runs")
    @Operation(operationId = "listRuns", summary = "A page of runs, newest first",
            description = "Every run recorded, including skipped, failed and interrupted ones. sort is FIELD or"
                    + " FIELD,asc|desc with FIELD one of startedAt (default, newest first), finishedAt, status, orders,"
                    + " customers; 400 invalid-sort for others.")
    @ProblemResponse(status = 400, type = "invalid-sort", title = "Invalid sort",
            detail = "Cannot sort /runs by 'colour': send sort=FIELD or sort=FIELD,asc|desc with FIELD one of "
                    + "startedAt, finishedAt, status, orders, customers.")
    ListPage<Run> list(@Parameter(description = "0-based page") @RequestParam(defaultValue = "0") @Min(0) @Max(10_000_000) int page,
                       @Parameter(description = "page size, 1-1000") @RequestParam(defaultValue = "50") @Min(1) @Max(1000) int size,
                       @Parameter(description = "FIELD or FIELD,asc|desc", example = "startedAt,desc")
                       @RequestParam(required = false) @Nullable String sort) {
        return service.page(new PageRequest(page, size, ListSort.parse("/runs", sort, RunStore.SORT_FIELDS, RunStore.NEWEST_FIRST)));
    }
}
