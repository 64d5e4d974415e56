package io.segmentation.models;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Positive;
import org.jspecify.annotations.Nullable;

/**
 * Asks to train every algorithm on the published run's customers with the same k (or k range), seed and
 * preprocessing, keeping none.
 *
 * @param algorithms which algorithms (default all four: kmeans, gmm, dbscan, ward)
 * @param k          fixed number of clusters (not for dbscan); or leave it out and give a range
 * @param kMin       smallest k tried (default 2)
 * @param kMax       largest k tried (default 10)
 * @param kSelection {@code elbow} (default) or {@code silhouette}
 * @param seed       seed (default 42)
 * @param eps        dbscan: radius in scaled units (default: the knee of the k-distance curve)
 * @param minSamples dbscan: points within eps, the point itself included, for a core point (default 5)
 * @param log1p      inputs that take ln(1 + x) (default all three; {@code []} for none)
 * @param scaler     {@code standard} (default), {@code min-max} or {@code robust}
 * @param pca        principal components kept after scaling, 1 to 3 (default none)
 */
@Schema(description = "Compare algorithms on the published run: the same data, features, k or range and seed.")
public record CompareRequest(@Schema(example = "[\"kmeans\", \"gmm\", \"dbscan\", \"ward\"]") @Nullable List<String> algorithms,
                             @Schema(example = "5") @Min(1) @Max(50) @Nullable Integer k,
                             @Schema(example = "2") @Min(1) @Max(50) @Nullable Integer kMin,
                             @Schema(example = "10") @Min(1) @Max(50) @Nullable Integer kMax,
                             @Schema(example = "elbow", allowableValues = {"elbow", "silhouette"}) @Nullable String kSelection,
                             @Schema(example = "42") @Nullable Long seed,
                             @Schema(example = "0.3") @Positive @Nullable Double eps,
                             @Schema(example = "5") @Min(1) @Max(1000) @Nullable Integer minSamples,
                             @Schema(example = "[\"recencyDays\", \"frequency\", \"monetary\"]") @Nullable List<String> log1p,
                             @Schema(example = "standard", allowableValues = {"standard", "min-max", "robust"})
                             @Nullable String scaler,
                             @Schema(example = "2") @Min(1) @Max(50) @Nullable Integer pca) {

    /** A comparison with the default preprocessing. */
    public CompareRequest(@Nullable List<String> algorithms, @Nullable Integer k, @Nullable Integer kMin,
                          @Nullable Integer kMax, @Nullable String kSelection, @Nullable Long seed, @Nullable Double eps,
                          @Nullable Integer minSamples) {
        this(algorithms, k, kMin, kMax, kSelection, seed, eps, minSamples, null, null, null);
    }

    /** The preprocessing asked for. */
    PreprocessingOptions preprocessing() {
        return PreprocessingOptions.parse(log1p, scaler, pca, null);
    }
}
