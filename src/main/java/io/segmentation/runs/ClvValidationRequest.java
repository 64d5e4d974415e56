package io.segmentation.runs;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * A holdout validation: fit on the purchases up to and including {@code calibrationEnd}, compare the next
 * {@code holdoutDays} days with the model's expectation.
 */
@Schema(description = "Fit on purchases up to calibrationEnd; compare the next holdoutDays with the model.")
public record ClvValidationRequest(@NotNull @Schema(example = "2011-06-30") LocalDate calibrationEnd,
                                   @NotNull @Min(1) @Max(3650) @Schema(example = "162") Integer holdoutDays) {
}
