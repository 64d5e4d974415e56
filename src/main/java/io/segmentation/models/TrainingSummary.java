package io.segmentation.models;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * What a model was trained on.
 *
 * @param source        {@code run} (the published run's customers), {@code file} (a customer-attributes file) or
 *                      {@code import}
 * @param fileName      the attributes file, for {@code file}
 * @param rows          rows read (customers of the run, or data rows of the file)
 * @param usedRows      rows trained on
 * @param droppedRows   rows left out, by the first feature that was missing or not a number
 * @param referenceYear the year Age was computed against, for files with {@code Year_Birth}
 * @param kSelection    how k was chosen: {@code fixed}, {@code elbow} or {@code silhouette} (null for imports and
 *                      models stored before it was recorded)
 * @param iterations    Lloyd iterations (or EM iterations) of the kept solution
 * @param converged     false when training stopped at the iteration cap rather than at a fixed point
 * @param idMatching    how cluster ids were kept from the version this one replaced; null for a first version,
 *                      imports and models stored before ids were matched
 * @param imputedRows   attributes files with missingValues median or mean: per feature, the rows whose value was
 *                      filled in (null when nothing was imputed)
 * @param explainedVarianceRatio with a PCA: each kept component's share of the scaled features' variance, 0-1
 */
@Schema(description = "The data a model was trained on.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TrainingSummary(@Schema(example = "file") String source,
                              @Schema(example = "marketing_campaign.csv") @Nullable String fileName,
                              @Schema(example = "2240") long rows, @Schema(example = "2216") long usedRows,
                              @Schema(example = "{\"Income\": 24}") Map<String, Long> droppedRows,
                              @Schema(example = "2014") @Nullable Integer referenceYear,
                              @Schema(example = "elbow") @Nullable String kSelection,
                              @Schema(example = "17") @Nullable Integer iterations,
                              @Schema(example = "true") @Nullable Boolean converged,
                              @Nullable ClusterMatching idMatching,
                              @Schema(example = "{\"Income\": 24}") @Nullable Map<String, Long> imputedRows,
                              @Schema(example = "[0.71, 0.22]") @Nullable List<Double> explainedVarianceRatio) {

    /** A summary without training details (imports). */
    public TrainingSummary(String source, @Nullable String fileName, long rows, long usedRows,
                           Map<String, Long> droppedRows, @Nullable Integer referenceYear) {
        this(source, fileName, rows, usedRows, droppedRows, referenceYear, null, null, null, null, null, null);
    }

    /** The same summary with the rows filled in per feature (null or empty: none). */
    TrainingSummary imputed(@Nullable Map<String, Long> imputed) {
        return new TrainingSummary(source, fileName, rows, usedRows, droppedRows, referenceYear, kSelection, iterations,
                converged, idMatching, imputed == null || imputed.isEmpty() ? null : imputed, explainedVarianceRatio);
    }

    /** The same summary with how the fit went. */
    TrainingSummary trainedBy(ModelTraining.Fit fit) {
        return new TrainingSummary(source, fileName, rows, usedRows, droppedRows, referenceYear, fit.kSelection(),
                fit.iterations(), fit.converged(), null, imputedRows, fit.preprocessing().pca() == null ? null
                : ScalerParameters.boxed(fit.preprocessing().pca().explainedVarianceRatio()));
    }

    /** The same summary with how cluster ids were kept (null: not matched). */
    TrainingSummary matchedBy(@Nullable ClusterMatching matching) {
        return new TrainingSummary(source, fileName, rows, usedRows, droppedRows, referenceYear, kSelection, iterations,
                converged, matching, imputedRows, explainedVarianceRatio);
    }
}
