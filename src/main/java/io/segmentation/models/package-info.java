/**
 * Models: the versioned registry of cluster models in MongoDB, their training on a run or an attributes file,
 * import and export, the in-memory serving copy of each active model, and the {@code /models} API.
 *
 * <p>Decisions: centroids are stored in model space (scaled, then projected when the model has a PCA), cluster
 * profiles in original units; a model without a stored {@code preprocessing} is z-score without PCA; the active version per
 * name is one {@code activeModels} document, switched in one write; the stored document ({@link
 * io.segmentation.models.ModelDocument}) and the API's {@link io.segmentation.models.ClusterModel} are separate types.
 */
@NullMarked
package io.segmentation.models;

import org.jspecify.annotations.NullMarked;
