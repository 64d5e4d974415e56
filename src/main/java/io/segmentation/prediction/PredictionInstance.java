package io.segmentation.prediction;

import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * One instance to predict: a stored customer by id, or raw features of a customer who is not stored yet.
 *
 * @param customerId a customer of the published run
 * @param features   the model's inputs by name; for the default model {@code recencyDays} (days since the last
 *                   purchase), {@code frequency} (orders) and {@code monetary} (total spend), all >= 0
 */
@Schema(description = "A customer id, or features.")
public record PredictionInstance(@Schema(example = "12347") @Nullable String customerId,
                                 @Schema(example = "{\"recencyDays\": 12, \"frequency\": 5, \"monetary\": 830.5}")
                                 @Nullable Map<String, @Nullable Object> features) {
}
