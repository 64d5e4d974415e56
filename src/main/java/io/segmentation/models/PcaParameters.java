package io.segmentation.models;

import java.util.List;

import io.segmentation.clustering.Pca;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A model's PCA, applied after scaling; the model's centroids (and GMM means, DBSCAN core points) have one value per
 * component.
 *
 * @param components             number of components kept, n
 * @param mean                   per feature, the mean of the scaled training rows, subtracted before projecting
 * @param loadings               n rows of one coefficient per feature (unit length, largest variance first)
 * @param explainedVariance      per component, the training variance along it (scaled units squared, ddof = 1)
 * @param explainedVarianceRatio per component, its share of the scaled features' total variance, 0-1
 * @param explainedVarianceTotal the kept components' share of the total variance, 0-1 (1 when n = the features)
 */
@Schema(description = "PCA after scaling: the components kept and the share of variance they explain.")
public record PcaParameters(@Schema(example = "2") int components, List<Double> mean,
                            @Schema(example = "[[0.58, -0.57, -0.58], [0.81, 0.37, 0.45]]") List<List<Double>> loadings,
                            List<Double> explainedVariance,
                            @Schema(example = "[0.71, 0.22]") List<Double> explainedVarianceRatio,
                            @Schema(example = "0.93") double explainedVarianceTotal) {

    static PcaParameters of(Pca pca) {
        List<List<Double>> loadings = java.util.Arrays.stream(pca.components()).map(ScalerParameters::boxed).toList();
        return new PcaParameters(pca.outputs(), ScalerParameters.boxed(pca.mean()), loadings,
                ScalerParameters.boxed(pca.explainedVariance()), ScalerParameters.boxed(pca.explainedVarianceRatio()),
                pca.explainedVarianceTotal());
    }

    /**
     * @throws IllegalArgumentException when the shapes disagree or a value is missing or not finite
     */
    Pca toPca() {
        double[][] rows = loadings == null ? new double[0][] : loadings.stream().map(ScalerParameters::unboxed)
                .toArray(double[][]::new);
        if (mean == null || rows.length == 0 || explainedVariance == null || explainedVarianceRatio == null) {
            throw new IllegalArgumentException("preprocessing.pca needs mean, loadings, explainedVariance and"
                    + " explainedVarianceRatio");
        }
        return new Pca(ScalerParameters.unboxed(mean), rows, ScalerParameters.unboxed(explainedVariance),
                ScalerParameters.unboxed(explainedVarianceRatio));
    }
}
