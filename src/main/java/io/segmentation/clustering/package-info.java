/**
 * Clustering: the pure k-means core (scaler, trainer, metrics) and the versioned model registry in MongoDB with its
 * training service and {@code /models} API.
 */
@NullMarked
package io.segmentation.clustering;

import org.jspecify.annotations.NullMarked;
