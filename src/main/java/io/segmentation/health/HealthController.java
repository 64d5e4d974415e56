package io.segmentation.health;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import io.segmentation.models.ModelRegistry;
import io.segmentation.models.ModelService;
import io.segmentation.runs.Run;
import io.segmentation.runs.RunDrift;
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
            + " start-up work (the demo data, recovery of cut-short uploads) still runs; reason says which. A"
            + " feature's PSI above 0.25 on the last run (see GET /models/{version}/drift) is listed in warnings and"
            + " drift; it never makes the service DOWN.")
    @ApiResponse(responseCode = "200", description = "UP", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "503", description = "DOWN: MongoDB does not answer, or the service is still starting",
            useReturnTypeSchema = true)
    ResponseEntity<ServiceHealth> health() {
        boolean up = Status.UP.equals(mongo.health(false).getStatus());
        ServiceHealth.LastRun lastRun = null;
        ServiceHealth.Drift drift = null;
        List<String> warnings = new ArrayList<>();
        if (up) {
            try {
                Optional<Run> last = runs.lastCompleted();
                lastRun = last.map(r -> new ServiceHealth.LastRun(r.id(),
                        r.asOf() == null ? null : r.asOf().toString(),
                        r.finishedAt() == null ? null : r.finishedAt().toString(), r.customers())).orElse(null);
                RunDrift runDrift = last.map(Run::drift).orElse(null);
                if (runDrift != null) {
                    drift = drift(runDrift, warnings);
                }
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
                        drift, warnings, reason));
    }

    /** The run's PSI per feature; a warning per drifted feature (drift never makes the service DOWN). */
    private static ServiceHealth.Drift drift(RunDrift drift, List<String> warnings) {
        Map<String, Double> psi = new LinkedHashMap<>();
        for (RunDrift.FeaturePsi feature : drift.features()) {
            psi.put(feature.input(), feature.psi());
            if (feature.drifted()) {
                warnings.add("PSI of " + feature.input() + " is " + feature.psi() + " (> "
                        + RunDrift.DRIFT_THRESHOLD + ") on run " + drift.runId() + " against model "
                        + drift.psiModel() + (drift.retrained() ? "; the run retrained the default model"
                        : ": retrain (POST /models) or set segmentation.models.retrain-on-drift"));
            }
        }
        return new ServiceHealth.Drift(drift.runId(), drift.psiModel(), drift.maxPsi(), drift.drifted(), psi);
    }
}
