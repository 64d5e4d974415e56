package io.segmentation.prediction;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * The cluster of one instance, and for R/F/M input its RFM scores against the published run's score edges.
 *
 * @param customerId   the customer, when predicted by id
 * @param model        model name
 * @param modelVersion model version
 * @param clusterId    {@code cluster-0} .. {@code cluster-(k-1)}
 * @param segmentName  the cluster's name
 * @param distance     Euclidean distance to the cluster's centroid in scaled space (0 = on the centroid)
 * @param confidence   0-1: gmm the posterior; kmeans and ward the relative margin (d2 - d1) / d2 between the nearest
 *                     and second-nearest centroid; dbscan 1 for a core point, less for a border point, 0 for noise
 * @param rScore       recency score 1-5 (R/F/M models, once a run exists)
 * @param fScore       frequency score 1-5
 * @param mScore       monetary score 1-5
 * @param rfmScore     the three scores, e.g. {@code "545"}
 * @param rfmSegment   the RFM segment id, e.g. {@code champions}
 */
@Schema(description = "A prediction: cluster, its name and distance; RFM scores and segment for R/F/M input.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Prediction(@Schema(example = "12347") @Nullable String customerId,
                         @Schema(example = "default") String model, @Schema(example = "3") int modelVersion,
                         @Schema(example = "cluster-1") String clusterId,
                         @Schema(example = "Loyal Customers") String segmentName,
                         @Schema(example = "0.42") double distance,
                         @Schema(example = "0.63") double confidence,
                         @Schema(example = "5") @Nullable Integer rScore, @Schema(example = "4") @Nullable Integer fScore,
                         @Schema(example = "4") @Nullable Integer mScore, @Schema(example = "544") @Nullable String rfmScore,
                         @Schema(example = "champions") @Nullable String rfmSegment) {
}
