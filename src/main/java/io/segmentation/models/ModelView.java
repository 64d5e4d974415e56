package io.segmentation.models;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A stored model as the API shows it: the model and whether it is the active one of its name.
 *
 * @param active whether {@code /predict?model=NAME} (and runs, for {@code default}) use this version
 * @param model  the model
 */
@Schema(description = "A model and whether it is active.")
public record ModelView(@Schema(example = "true") boolean active, @JsonUnwrapped ClusterModel model) {
}
