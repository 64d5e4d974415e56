package io.segmentation.prediction;

import java.util.List;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The results of a batch, one per instance in the order of the instances: a {@link Prediction}, or the instance's own
 * {@link InstanceProblem} (it has {@code status}, {@code type} and {@code detail}).
 *
 * @param model        model name
 * @param modelVersion model version used for every instance
 * @param count        number of results (= instances)
 * @param succeeded    results that are predictions
 * @param failed       results that are problems
 * @param predictions  one per instance, in order: a prediction or a problem
 */
@Schema(description = "Results of a batch, in instance order: each a prediction or that instance's problem.")
public record BatchPrediction(@Schema(example = "default") String model, @Schema(example = "3") int modelVersion,
                              @Schema(example = "2") int count, @Schema(example = "1") int succeeded,
                              @Schema(example = "1") int failed,
                              @ArraySchema(schema = @Schema(anyOf = {Prediction.class, InstanceProblem.class}))
                              List<Object> predictions) {
}
