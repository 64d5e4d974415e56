package io.segmentation.models;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * A line of the registry listing.
 *
 * @param version   model version
 * @param name      model name
 * @param active    whether it is the active model of its name
 * @param createdAt when it was created
 * @param k         number of clusters
 * @param features  feature names
 * @param source    {@code run}, {@code file} or {@code import}
 * @param runId     the run it was trained on, if any
 * @param algorithm {@code kmeans}, {@code gmm}, {@code dbscan} or {@code ward}
 */
@Schema(description = "A model in the registry listing.")
public record ModelSummary(@Schema(example = "3") int version, @Schema(example = "default") String name,
                           boolean active, Instant createdAt, @Schema(example = "4") int k, List<String> features,
                           @Schema(example = "run") String source, @Nullable String runId,
                           @Schema(example = "kmeans") String algorithm) {

    static ModelSummary of(ClusterModel m, boolean active) {
        return new ModelSummary(m.version(), m.name(), active, m.createdAt(), m.k(), m.featureNames(),
                m.training().source(), m.runId(), m.algorithm() == null ? "kmeans" : m.algorithm());
    }
}
