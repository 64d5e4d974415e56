/**
 * Prediction: {@code POST /predict} from the in-memory active model, and {@code GET /recommendations} from the catalogue.
 *
 * <p>Decisions: raw R/F/M features are scored against the published run's quintile score edges (four values per
 * metric, kept by the run in {@code runScoring} and in memory), which reproduce the run's own scores exactly; a
 * prediction by customer id uses the customer's stored R, F and M with the active model, so after activating another
 * version it can differ from {@code /customers/{id}.cluster} until the next run; distances are Euclidean in the
 * model's scaled space.
 */
@NullMarked
package io.segmentation.prediction;

import org.jspecify.annotations.NullMarked;
