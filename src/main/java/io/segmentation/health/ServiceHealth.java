package io.segmentation.health;

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
 * @param reason  why the status is DOWN, or null when UP
 */
@Schema(description = "Service health: UP (200) when MongoDB answers and start-up work is done, DOWN (503) otherwise.")
record ServiceHealth(@Schema(example = "UP") String status, @Schema(example = "UP") String mongo,
                     @Nullable Integer model, @Nullable LastRun lastRun,
                     @JsonInclude(JsonInclude.Include.NON_NULL)
                     @Schema(example = "MongoDB does not answer") @Nullable String reason) {

    /** The last completed run: id, reference date and when it finished. */
    record LastRun(String id, @Nullable String asOf, @Nullable String finishedAt, long customers) {
    }
}
