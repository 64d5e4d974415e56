package io.segmentation.prediction;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The predictions of a batch, in the order of the instances.
 *
 * @param model        model name
 * @param modelVersion model version used for every instance
 * @param count        number of predictions
 * @param predictions  one per instance, in order
 */
@Schema(description = "Predictions of a batch, in instance order.")
public record BatchPrediction(@Schema(example = "default") String model, @Schema(example = "3") int modelVersion,
                             @Schema(example = "2") int count, List<Prediction> predictions) {
}
