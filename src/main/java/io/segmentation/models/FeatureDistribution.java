package io.segmentation.models;

import java.util.List;

import io.segmentation.clustering.ModelFeature;
import io.segmentation.clustering.PopulationStability;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A feature's distribution in a model's training data, as the population stability index needs it.
 *
 * @param input  the feature's input, in input units (e.g. {@code monetary}, before log1p)
 * @param edges  the nine decile edges of the training values
 * @param shares the training data's share in each of the ten bins (a value on an edge counts in the upper bin; ties
 *               make them differ from 0.1)
 */
@Schema(description = "A feature's training deciles (input units) and the training share of each of the ten bins.")
public record FeatureDistribution(@Schema(example = "monetary") String input,
                                  @Schema(example = "[112.5, 190.2, 265.0, 350.4, 470.1, 640.0, 900.3, 1352.0, 2413.6]")
                                  List<Double> edges, List<Double> shares) {

    /** The distribution of each feature's input over the training rows (one value per feature, input units). */
    static List<FeatureDistribution> of(List<ModelFeature> features, double[][] rows) {
        return java.util.stream.IntStream.range(0, features.size()).mapToObj(f -> {
            double[] values = new double[rows.length];
            for (int i = 0; i < rows.length; i++) {
                values[i] = rows[i][f];
            }
            double[] edges = PopulationStability.decileEdges(values);
            return new FeatureDistribution(features.get(f).input(), ScalerParameters.boxed(edges),
                    ScalerParameters.boxed(PopulationStability.shares(edges, values)));
        }).toList();
    }

    /** The PSI of these values (input units) against the training data. */
    public double psi(double[] values) {
        return PopulationStability.index(ScalerParameters.unboxed(edges), ScalerParameters.unboxed(shares), values);
    }
}
