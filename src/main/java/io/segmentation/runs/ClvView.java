package io.segmentation.runs;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * The lifetime-value models of the published run.
 *
 * @param runId the published run, or null before the first run
 * @param asOf     its reference date: the end of the calibration period
 * @param currency ISO 4217 code of the predicted CLV and order values, or null when the data gave none
 */
@Schema(description = "The lifetime-value models of the published run, or why there are none.")
public record ClvView(@Nullable String runId, @Schema(example = "2011-12-10") @Nullable LocalDate asOf,
                      @JsonUnwrapped ClvReport report, @Schema(example = "GBP") @Nullable String currency) {
}
