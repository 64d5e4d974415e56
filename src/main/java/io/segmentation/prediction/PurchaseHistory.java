package io.segmentation.prediction;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * A customer's purchase history in the BG/NBD summary form, in the published run's time unit ({@code GET /clv}
 * {@code timeUnit}).
 *
 * @param frequency x: repeat purchase days (distinct purchase days - 1), a whole number >= 0
 * @param recency   t_x: time from the first to the last purchase, 0 <= recency <= T (0 when frequency is 0)
 * @param T         time from the first purchase to now (the end of the observation), > 0
 * @param monetary  mean value of the repeat purchase days in the data's currency, >= 0 (ignored when frequency is 0)
 */
@Schema(description = "A purchase history: x (frequency), t_x (recency), T and the mean repeat purchase value.",
        example = "{\"frequency\": 2, \"recency\": 30.43, \"T\": 38.86, \"monetary\": 22.35}")
public record PurchaseHistory(@Schema(example = "2") @Nullable Double frequency,
                              @Schema(example = "30.43") @Nullable Double recency,
                              @JsonProperty("T") @Schema(example = "38.86") @Nullable Double T,
                              @Schema(example = "22.35") @Nullable Double monetary) {
}
