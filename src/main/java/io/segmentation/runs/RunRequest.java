package io.segmentation.runs;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;

/**
 * A request to run over all stored purchases.
 *
 * @param asOf  {@code auto}, {@code today} or an ISO date; null = the configured {@code segmentation.runs.as-of}
 * @param force true to compute even when no purchase data changed since the last completed run (null = false)
 * @param rules rule thresholds for this run only, or null for the configured ones
 */
@Schema(description = "Start a run over all stored purchases.", example = "{\"asOf\": \"auto\", \"force\": false}")
public record RunRequest(@Schema(example = "auto") @Nullable String asOf, @Schema(example = "false") @Nullable Boolean force,
                         @Valid @Nullable RuleOverrides rules) {

    /** A request with the configured rule thresholds. */
    public RunRequest(@Nullable String asOf, boolean force) {
        this(asOf, force, null);
    }

    /** Whether the run computes even over unchanged data. */
    public boolean forced() {
        return Boolean.TRUE.equals(force);
    }
}
