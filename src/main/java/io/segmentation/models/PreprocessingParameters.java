package io.segmentation.models;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.segmentation.clustering.ModelFeature;
import io.segmentation.clustering.Preprocessing;
import io.segmentation.clustering.ScalerKind;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * How a model turns inputs into the space its clusters live in, as stored, exported and applied by {@code /predict}:
 * log1p per input, the scaler's kind (its centres and scales are the model's {@code scaler}), the PCA, and for
 * attributes files the missing-value rule and one-hot categories. A model stored before this existed has none: log1p
 * as its feature names say, z-score, no PCA, rows with a missing value dropped.
 *
 * @param scaler        {@code standard} (z-score), {@code min-max} or {@code robust} (median and interquartile range)
 * @param log1p         the inputs that take ln(1 + x), as the feature names {@code log1p(x)} say
 * @param pca           the PCA after scaling, or null
 * @param missingValues attributes files: {@code drop}, {@code median} or {@code mean}; null for R/F/M models
 * @param imputedValues attributes files: the value each imputed feature was filled with, in input units
 * @param categories    attributes files: per one-hot encoded column its categories; feature {@code column=category}
 *                      is 1 for that category and 0 otherwise
 */
@Schema(description = "Preprocessing: log1p per input, scaler kind, optional PCA, missing values and one-hot categories.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PreprocessingParameters(@Schema(example = "robust", allowableValues = {"standard", "min-max", "robust"})
                                      String scaler,
                                      @Schema(example = "[\"recencyDays\", \"frequency\", \"monetary\"]") List<String> log1p,
                                      @Nullable PcaParameters pca,
                                      @Schema(example = "median", allowableValues = {"drop", "median", "mean"})
                                      @Nullable String missingValues,
                                      @Schema(example = "{\"Income\": 51381.5}") @Nullable Map<String, Double> imputedValues,
                                      @Schema(example = "{\"Education\": [\"2n Cycle\", \"Basic\", \"Graduation\", \"Master\", \"PhD\"]}")
                                      @Nullable Map<String, List<String>> categories) {

    /** The stored form of a fitted preprocessing. */
    static PreprocessingParameters of(Preprocessing p, @Nullable MissingValues missing,
                                      @Nullable Map<String, Double> imputedValues,
                                      @Nullable Map<String, List<String>> categories) {
        return new PreprocessingParameters(p.scalerKind().id(),
                p.features().stream().filter(ModelFeature::log1p).map(ModelFeature::input).toList(),
                p.pca() == null ? null : PcaParameters.of(p.pca()), missing == null ? null : missing.id(),
                imputedValues == null || imputedValues.isEmpty() ? null : imputedValues,
                categories == null || categories.isEmpty() ? null : categories);
    }

    /**
     * The preprocessing of a stored model: its features, scaler and, when recorded, scaler kind and PCA.
     *
     * @param stored null for models stored before preprocessing was recorded (z-score, no PCA)
     * @throws IllegalArgumentException when the scaler kind is unknown or the shapes disagree
     */
    static Preprocessing toPreprocessing(List<String> featureNames, ScalerParameters scaler,
                                         @Nullable PreprocessingParameters stored) {
        List<ModelFeature> features = featureNames.stream().map(ModelFeature::parse).toList();
        ScalerKind kind = stored == null || stored.scaler() == null ? ScalerKind.STANDARD : ScalerKind.parse(stored.scaler());
        return new Preprocessing(features, scaler.toScaler(), kind,
                stored == null || stored.pca() == null ? null : stored.pca().toPca());
    }
}
