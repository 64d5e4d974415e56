/**
 * Clustering: the pure k-means core (scaler, trainer, metrics) and the versioned model registry in MongoDB with its
 * training service and {@code /models} API.
 *
 * <p>Decisions: a model's feature names carry their transform ({@code log1p(monetary)} reads input {@code monetary});
 * centroids are stored in scaled space, cluster profiles in original units; cluster ids follow the centroid's monetary
 * value, descending, and names follow {@link io.segmentation.clustering.ClusterNaming}; an undefined metric (NaN) is
 * stored and shown as null; the active version per name is one {@code activeModels} document, switched in one write.
 */
@NullMarked
package io.segmentation.clustering;

import org.jspecify.annotations.NullMarked;
