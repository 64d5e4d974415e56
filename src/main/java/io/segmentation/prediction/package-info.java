/** Prediction: {@code POST /predict} from the in-memory active model, and {@code GET /recommendations} from the catalogue. */
@NullMarked
package io.segmentation.prediction;

import org.jspecify.annotations.NullMarked;
