package io.segmentation.models;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonAlias;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * A model to import: our export JSON, or scikit-learn parameters ({@code feature_names}, {@code scaler.mean},
 * {@code scaler.scale}, {@code cluster_centers} in scaled space). Of an export, {@code preprocessing} is read too;
 * its other fields are ignored.
 *
 * @param name         model name (default {@code default})
 * @param featureNames features in order; {@code log1p(x)} for ln(1 + input x)
 * @param scaler       scaler means and scales per feature
 * @param centroids    cluster centres in scaled space
 * @param activate     make it the active model of its name (default true)
 * @param preprocessing our export's preprocessing (scaler kind, PCA, ...); absent: z-score, no PCA, log1p as the
 *                     feature names say
 */
@Schema(description = "A model to import, as exported or as scikit-learn parameters.", example = """
        {"name": "default", "feature_names": ["log1p(recencyDays)", "log1p(frequency)", "log1p(monetary)"],
         "scaler": {"mean": [3.8, 1.1, 5.9], "scale": [1.3, 0.6, 1.2]},
         "cluster_centers": [[-1.1, 1.4, 1.5], [0.2, -0.3, -0.2], [1.0, -0.8, -0.9]]}""")
public record ModelImport(@Nullable String name,
                          @JsonAlias({"feature_names", "feature_names_in_"}) @Nullable List<String> featureNames,
                          @Nullable ScalerParameters scaler,
                          @JsonAlias({"cluster_centers", "cluster_centers_"}) @Nullable List<List<Double>> centroids,
                          @Nullable Boolean activate, @Nullable PreprocessingParameters preprocessing) {

    /** An import without preprocessing (scikit-learn's StandardScaler, no PCA). */
    public ModelImport(@Nullable String name, @Nullable List<String> featureNames, @Nullable ScalerParameters scaler,
                       @Nullable List<List<Double>> centroids, @Nullable Boolean activate) {
        this(name, featureNames, scaler, centroids, activate, null);
    }
}
