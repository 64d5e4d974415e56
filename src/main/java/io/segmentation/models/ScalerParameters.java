package io.segmentation.models;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonAlias;
import io.segmentation.clustering.StandardScaler;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The z-score scaler of a model, per feature in the model's feature order.
 *
 * @param means  training means (after the feature's transform); scikit-learn's {@code mean_} (alias {@code mean})
 * @param scales population standard deviations, 1 for a constant feature; scikit-learn's {@code scale_} (alias
 *               {@code scale})
 */
@Schema(description = "Scaler parameters: means and scales per feature.")
public record ScalerParameters(@JsonAlias({"mean", "mean_"}) @Schema(example = "[3.4, 1.2, 6.1]") List<Double> means,
                               @JsonAlias({"scale", "scale_"}) @Schema(example = "[1.4, 0.7, 1.1]") List<Double> scales) {

    static ScalerParameters of(StandardScaler scaler) {
        return new ScalerParameters(boxed(scaler.means()), boxed(scaler.scales()));
    }

    StandardScaler toScaler() {
        return new StandardScaler(unboxed(means), unboxed(scales));
    }

    static List<Double> boxed(double[] values) {
        return java.util.Arrays.stream(values).boxed().toList();
    }

    static double[] unboxed(List<Double> values) {
        double[] out = new double[values.size()];
        for (int i = 0; i < out.length; i++) {
            Double v = values.get(i);
            out[i] = v == null ? Double.NaN : v;
        }
        return out;
    }
}
