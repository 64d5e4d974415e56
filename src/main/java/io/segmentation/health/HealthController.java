package io.segmentation.health;

import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import io.segmentation.models.ModelRegistry;
import io.segmentation.models.ModelService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /health}: MongoDB, the active model and the last run, in one answer; MongoDB and the last run come from
 * {@link HealthState}'s background snapshot, so a request does no I/O.
 */
@RestController
@Tag(name = "Health", description = "Service health for callers and orchestrators.")
class HealthController {

    private final HealthState state;
    private final ModelRegistry models;
    private final ModelService modelService;
    private final ApplicationAvailability availability;

    HealthController(HealthState state, ModelRegistry models, ModelService modelService,
                     ApplicationAvailability availability) {
        this.availability = availability;
        this.state = state;
        this.models = models;
        this.modelService = modelService;
    }

    @GetMapping("/health")
    @Operation(operationId = "getHealth", summary = "Service health", description = "200 when UP; 503 when MongoDB does not answer, or while"
            + " start-up work (the demo data, recovery of cut-short uploads) still runs; reason says which. A"
            + " feature's PSI above 0.25 on the last run (see GET /models/{version}/drift) is listed in warnings and"
            + " drift; it never makes the service DOWN.")
    @ApiResponse(responseCode = "200", description = "UP", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "503", description = "DOWN: MongoDB does not answer, or the service is still starting",
            useReturnTypeSchema = true)
    ResponseEntity<ServiceHealth> health() {
        HealthState.Snapshot state = this.state.current();
        // why: the web server answers before the start-up runners (the demo data's upload and run) have finished;
        // readiness turns to ACCEPTING_TRAFFIC only after them
        boolean started = availability.getReadinessState() == ReadinessState.ACCEPTING_TRAFFIC;
        String reason = !state.mongoUp() ? "MongoDB does not answer" : !started
                ? "starting: start-up work (the demo data, recovery of cut-short uploads) still runs" : null;
        String status = state.mongoUp() && started ? "UP" : "DOWN";
        return ResponseEntity.status(reason == null ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE)
                .body(new ServiceHealth(status, state.mongoUp() ? "UP" : "DOWN",
                        models.active(modelService.defaultName()).map(m -> m.version()).orElse(null), state.lastRun(), state.drift(),
                        state.warnings(), reason));
    }
}
