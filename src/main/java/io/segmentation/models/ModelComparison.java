package io.segmentation.models;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * Every algorithm on the same customers and features, one row each.
 *
 * @param runId     the run whose customers were clustered
 * @param customers customers clustered
 * @param features  the features, in order
 * @param rows      one row per algorithm, in the order asked
 */
@Schema(description = "Algorithms compared on the published run's customers, one row each; save a row with POST /models and its request.")
public record ModelComparison(String runId, @Schema(example = "3546") long customers, List<String> features,
                              List<Row> rows) {

    /**
     * One algorithm's result.
     *
     * @param algorithm        {@code kmeans}, {@code gmm}, {@code dbscan} or {@code ward}
     * @param k                clusters found (without noise), null when training failed
     * @param kSelection       {@code fixed}, {@code elbow} or {@code silhouette} (null for dbscan)
     * @param silhouette       mean silhouette of the kept solution (sampled above 10,000 customers); dbscan without noise
     * @param calinskiHarabasz Calinski-Harabasz index (higher is better)
     * @param daviesBouldin    Davies-Bouldin index (lower is better)
     * @param inertia          within-cluster sum of squares, scaled units
     * @param clusterSizes     customers per cluster in cluster id order (dbscan's noise last)
     * @param noiseShare       share of customers that are dbscan noise (0 for the others)
     * @param trainingMillis   training time, milliseconds
     * @param error            why training failed (e.g. dbscan found no cluster), else null
     * @param request          the POST /models body that trains this row again as a model version (add a name)
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Row(@Schema(example = "kmeans") String algorithm, @Schema(example = "5") @Nullable Integer k,
                      @Schema(example = "elbow") @Nullable String kSelection,
                      @Schema(example = "0.3012") @Nullable Double silhouette,
                      @Schema(example = "2954.1") @Nullable Double calinskiHarabasz,
                      @Schema(example = "0.91") @Nullable Double daviesBouldin,
                      @Schema(example = "3120.4") @Nullable Double inertia,
                      @Schema(example = "[412, 980, 1020, 700, 434]") List<Long> clusterSizes,
                      @Schema(example = "0.0") @Nullable Double noiseShare,
                      @Schema(example = "812") long trainingMillis, @Nullable String error, TrainRequest request) {
    }
}
