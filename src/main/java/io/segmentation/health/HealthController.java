package io.segmentation.health;

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

    HealthController(MongoPing mongo, RunService runs, ModelRegistry models, ModelService modelService) {
        this.mongo = mongo;
        this.runs = runs;
        this.models = models;
        this.modelService = modelService;
    }

    @GetMapping("/health")
    @Operation(operationId = "getHealth", summary = "Service health", description = "200 when UP; 503 when MongoDB does not answer.")
    @ApiResponse(responseCode = "200", description = "UP", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "503", description = "DOWN: MongoDB does not answer", useReturnTypeSchema = true)
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
        String status = up ? "UP" : "DOWN";
        return ResponseEntity.status(up ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE)
                .body(new ServiceHealth(status, status, models.versions().get(modelService.defaultName()), lastRun));
    }
}
