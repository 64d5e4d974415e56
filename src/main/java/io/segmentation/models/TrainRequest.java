package io.segmentation.models;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import org.jspecify.annotations.Nullable;

/**
 * Asks to train a model on the published run's customers (features R, F and M; log1p, scaler and PCA as chosen).
 *
 * @param k        fixed number of clusters; or leave it out and give a range
 * @param kMin     smallest k tried (default 2)
 * @param kMax     largest k tried (default 10); the k with the best silhouette wins
 * @param seed     training seed (default 42)
 * @param name     model name (default {@code default}, the model runs use)
 * @param activate make the new model the active one of its name (default true)
 * @param kSelection how k is chosen over the range: {@code elbow} (default, Kneedle on the inertia curve) or
 *                 {@code silhouette}; ignored when k is given
 * @param algorithm {@code kmeans} (default), {@code gmm}, {@code dbscan} or {@code ward}
 * @param eps       dbscan: neighbourhood radius in scaled units (default: the knee of the k-distance curve)
 * @param minSamples dbscan: points within eps, the point itself included, that make a core point (default 5)
 * @param log1p     the inputs ({@code recencyDays}, {@code frequency}, {@code monetary}) that take ln(1 + x) before
 *                  scaling (default all three; {@code []} for none)
 * @param scaler    {@code standard} (default, z-score), {@code min-max} or {@code robust} (median and interquartile range)
 * @param pca       principal components kept after scaling, 1 to 3 (default none)
 */
@Schema(description = "Train a model on the published run: k, or a range kMin..kMax chosen by kSelection.")
// why: as a body in POST /models/compare rows, an absent field is left out rather than written as null
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TrainRequest(@Schema(example = "4") @Min(1) @Max(50) @Nullable Integer k,
                           @Schema(example = "2") @Min(1) @Max(50) @Nullable Integer kMin,
                           @Schema(example = "10") @Min(1) @Max(50) @Nullable Integer kMax,
                           @Schema(example = "42") @Nullable Long seed,
                           @Schema(example = "default") @Pattern(regexp = "[A-Za-z0-9._-]{1,64}",
                                   message = "must be 1-64 letters, digits, '.', '_' or '-'") @Nullable String name,
                           @Schema(example = "true") @Nullable Boolean activate,
                           @Schema(example = "elbow", allowableValues = {"elbow", "silhouette"}) @Nullable String kSelection,
                           @Schema(example = "kmeans", allowableValues = {"kmeans", "gmm", "dbscan", "ward"})
                           @Nullable String algorithm,
                           @Schema(example = "0.3") @Positive @Nullable Double eps,
                           @Schema(example = "5") @Min(1) @Max(1000) @Nullable Integer minSamples,
                           @Schema(example = "[\"recencyDays\", \"frequency\", \"monetary\"]") @Nullable List<String> log1p,
                           @Schema(example = "standard", allowableValues = {"standard", "min-max", "robust"})
                           @Nullable String scaler,
                           @Schema(example = "2") @Min(1) @Max(50) @Nullable Integer pca) {

    /** A k-means request with the default k selection. */
    public TrainRequest(@Nullable Integer k, @Nullable Integer kMin, @Nullable Integer kMax, @Nullable Long seed,
                        @Nullable String name, @Nullable Boolean activate) {
        this(k, kMin, kMax, seed, name, activate, null, null, null, null, null, null, null);
    }

    /** The preprocessing asked for. */
    PreprocessingOptions preprocessing() {
        return PreprocessingOptions.parse(log1p, scaler, pca, null);
    }
}
