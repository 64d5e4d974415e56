/**
 * Clustering: the pure numerical core (scalers: z-score, min-max, robust; PCA; the preprocessing chain; k-means++ seeding, Lloyd refinement, k selection, metrics, drift and
 * cluster naming); arrays and records in, records out, no Spring, no MongoDB, no I/O.
 *
 * <p>Decisions: a model's feature names carry their transform ({@code log1p(monetary)} reads input {@code monetary});
 * cluster ids follow the centroid's monetary value, descending, and names follow
 * {@link io.segmentation.clustering.ClusterNaming}; an undefined metric is NaN here and shown as null by the API.
 */
@NullMarked
package io.segmentation.clustering;

import org.jspecify.annotations.NullMarked;
