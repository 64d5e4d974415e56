package io.segmentation.health;

import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import io.segmentation.models.ModelRegistry;
import io.segmentation.models.ModelService;
import io.segmentation.runs.RunService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.boot.health.contributor.Status;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /health}: MongoDB, the active model and the last run, in one answer. */
@RestController
@Tag(name = "Health", description = "Service health for callers and orchestrators.")
class HealthController {

    private final MongoPing mongo;
    private final RunService runs;
    private final ModelRegistry models;
    private final ModelService modelService;
    private final ApplicationAvailability availability;

    HealthController(MongoPing mongo, RunService runs, ModelRegistry models, ModelService modelService,
                     ApplicationAvailability availability) {
        this.availability = availability;
        this.mongo = mongo;
        this.runs = runs;
        this.models = models;
        this.modelService = modelService;
    }

    @GetMapping("/health")
    @Operation(operationId = "getHealth", summary = "Service health", description = "200 when UP; 503 when MongoDB does not answer, or while"
            + " start-up work (the demo data, recovery of cut-short uploads) still runs; reason says which.")
    @ApiResponse(responseCode = "200", description = "UP", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "503", description = "DOWN: MongoDB does not answer, or the service is still starting",
            useReturnTypeSchema = true)
    ResponseEntity<ServiceHealth> health() {
        boolean up = Status.UP.equals(mongo.health(false).getStatus());
        ServiceHealth.LastRun lastRun = null;
        if (up) {
            try {
                lastRun = runs.lastCompleted().map(r -> new ServiceHealth.LastRun(r.id(),
                        r.asOf() == null ? null : r.asOf().toString(),
                        r.finishedAt() == null ? null : r.finishedAt().toString(), r.customers())).orElse(null);
            } catch (RuntimeException e) {
                up = false;
            }
        }
        String mongoStatus = up ? "UP" : "DOWN";
        // why: the web server answers before the start-up runners (the demo data's upload and run) have finished;
        // readiness turns to ACCEPTING_TRAFFIC only after them
        boolean started = availability.getReadinessState() == ReadinessState.ACCEPTING_TRAFFIC;
        String reason = !up ? "MongoDB does not answer" : !started
                ? "starting: start-up work (the demo data, recovery of cut-short uploads) still runs" : null;
        String status = up && started ? "UP" : "DOWN";
        return ResponseEntity.status(reason == null ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE)
                .body(new ServiceHealth(status, mongoStatus, models.versions().get(modelService.defaultName()), lastRun,
                        reason));
    }
}
