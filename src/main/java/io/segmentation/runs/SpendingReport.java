package io.segmentation.runs;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * The spending amounts a run's rule segments used, in the data's currency, and where they came from.
 *
 * @param mode                  {@code percentiles} (derived from the run's customers) or {@code fixed}
 * @param highAverageOrderValue average order value from which a customer is high-value
 * @param highLifetimeValue     lifetime spend from which a customer is high-value
 * @param lowLifetimeValue      lifetime spend up to which a customer is low-value
 * @param percentiles           the percentiles the amounts came from (mode percentiles), else null
 */
@Schema(description = "The spending amounts the run's rule segments used and where they came from.")
public record SpendingReport(@Schema(example = "percentiles") String mode,
                             @Schema(example = "394.5") double highAverageOrderValue,
                             @Schema(example = "2044.5") double highLifetimeValue,
                             @Schema(example = "208.35") double lowLifetimeValue,
                             @Nullable Percentiles percentiles) {

    /** The percentiles of average order value and lifetime spend behind the amounts. */
    public record Percentiles(double highAverageOrderValue, double highLifetimeValue, double lowLifetimeValue) {
    }
}
