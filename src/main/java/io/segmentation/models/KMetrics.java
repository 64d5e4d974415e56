package io.segmentation.models;

import io.segmentation.clustering.KCandidate;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * The fit of one k tried in training; an undefined metric (fewer than two non-empty clusters) is null, never NaN.
 *
 * @param k                number of clusters
 * @param inertia          sum of squared distances to the centroids, in scaled units (lower is better)
 * @param silhouette       mean silhouette in [-1, 1] (higher is better); exact up to 10,000 customers, sampled above
 * @param calinskiHarabasz Calinski-Harabasz index (higher is better)
 * @param daviesBouldin    Davies-Bouldin index (lower is better)
 * @param chosen           whether this k was kept
 */
@Schema(description = "Metrics of one k tried in training; null when undefined.")
public record KMetrics(@Schema(example = "4") int k, @Schema(example = "3120.4") @Nullable Double inertia,
                       @Schema(example = "0.38") @Nullable Double silhouette,
                       @Schema(example = "2954.1") @Nullable Double calinskiHarabasz,
                       @Schema(example = "0.91") @Nullable Double daviesBouldin, boolean chosen) {

    static KMetrics of(KCandidate c, boolean chosen) {
        return new KMetrics(c.k(), defined(c.inertia()), defined(c.silhouette()), defined(c.calinskiHarabasz()),
                defined(c.daviesBouldin()), chosen);
    }

    /** NaN (undefined) and infinities become null, so JSON and BSON carry no NaN. */
    static @Nullable Double defined(double value) {
        return Double.isFinite(value) ? value : null;
    }
}
