package io.segmentation.models;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * How a retrained model's cluster ids were matched to those of the version it replaced: the least total distance
 * between new and previous centroids (Hungarian algorithm, in the new model's scaled space); DBSCAN's noise keeps
 * {@code noise} and takes no part.
 *
 * @param previousVersion the version matched against (the active model of the name when training started)
 * @param matched         each new cluster that kept a previous id, with the distance between the two centroids
 * @param newClusters     ids given to clusters without a previous one (k grew): the next unused numbers
 * @param vanished        previous ids no new cluster took (k shrank)
 */
@Schema(description = "Cluster ids kept from the previous version by minimum-cost matching of centroids; new and vanished ids.")
public record ClusterMatching(@Schema(example = "3") int previousVersion, List<Match> matched,
                              @Schema(example = "[\"cluster-5\"]") List<String> newClusters,
                              @Schema(example = "[]") List<String> vanished) {

    /**
     * A kept id.
     *
     * @param id       the cluster id, in both versions
     * @param distance Euclidean distance between the previous and the new centroid, scaled units of the new model
     */
    public record Match(@Schema(example = "cluster-0") String id, @Schema(example = "0.0412") double distance) {
    }
}
