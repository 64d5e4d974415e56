package io.segmentation.health;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * The service's health for callers and orchestrators.
 *
 * @param status  {@code UP} when MongoDB answers and start-up work is done, else {@code DOWN}
 * @param mongo   {@code UP} or {@code DOWN}
 * @param model   the active K-means model's version, or null when none is active
 * @param lastRun the last completed run, or null
 * @param drift   the last completed run's drift against its model, or null when it has none
 * @param warnings what needs attention without making the service DOWN (a feature's PSI above 0.25); empty when none
 * @param reason  why the status is DOWN, or null when UP
 */
@Schema(description = "Service health: UP (200) when MongoDB answers and start-up work is done, DOWN (503)"
        + " otherwise; drift only warns.")
record ServiceHealth(@Schema(example = "UP") String status, @Schema(example = "UP") String mongo,
                     @Nullable Integer model, @Nullable LastRun lastRun, @Nullable Drift drift,
                     @Schema(example = "[\"PSI of monetary is 0.31 (> 0.25) on run 6650f1... against model 3: retrain"
                             + " (POST /models) or set segmentation.models.retrain-on-drift\"]") List<String> warnings,
                     @JsonInclude(JsonInclude.Include.NON_NULL)
                     @Schema(example = "MongoDB does not answer") @Nullable String reason) {

    /** The last completed run's PSI per feature against the model that assigned its clusters. */
    record Drift(String runId, int model, @Nullable Double maxPsi, boolean drifted, Map<String, Double> psi) {
    }

    /** The last completed run: id, reference date and when it finished. */
    record LastRun(String id, @Nullable String asOf, @Nullable String finishedAt, long customers) {
    }
}
