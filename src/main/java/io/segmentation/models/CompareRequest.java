package io.segmentation.models;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Positive;
import org.jspecify.annotations.Nullable;

/**
 * Asks to train every algorithm on the published run's customers with the same k (or k range) and seed, keeping none.
 *
 * @param algorithms which algorithms (default all four: kmeans, gmm, dbscan, ward)
 * @param k          fixed number of clusters (not for dbscan); or leave it out and give a range
 * @param kMin       smallest k tried (default 2)
 * @param kMax       largest k tried (default 10)
 * @param kSelection {@code elbow} (default) or {@code silhouette}
 * @param seed       seed (default 42)
 * @param eps        dbscan: radius in scaled units (default: the knee of the k-distance curve)
 * @param minSamples dbscan: points within eps, the point itself included, for a core point (default 5)
 */
@Schema(description = "Compare algorithms on the published run: the same data, features, k or range and seed.")
public record CompareRequest(@Schema(example = "[\"kmeans\", \"gmm\", \"dbscan\", \"ward\"]") @Nullable List<String> algorithms,
                             @Schema(example = "5") @Min(1) @Max(50) @Nullable Integer k,
                             @Schema(example = "2") @Min(1) @Max(50) @Nullable Integer kMin,
                             @Schema(example = "10") @Min(1) @Max(50) @Nullable Integer kMax,
                             @Schema(example = "elbow", allowableValues = {"elbow", "silhouette"}) @Nullable String kSelection,
                             @Schema(example = "42") @Nullable Long seed,
                             @Schema(example = "0.3") @Positive @Nullable Double eps,
                             @Schema(example = "5") @Min(1) @Max(1000) @Nullable Integer minSamples) {
}
