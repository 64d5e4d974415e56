package io.segmentation.runs;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * A request to run over all stored purchases.
 *
 * @param asOf  {@code auto}, {@code today} or an ISO date; null = the configured {@code segmentation.runs.as-of}
 * @param force true to compute even when no purchase data changed since the last completed run
 */
@Schema(description = "Start a run over all stored purchases.")
public record RunRequest(@Schema(example = "auto") @Nullable String asOf, @Schema(example = "false") boolean force) {
}
