package io.segmentation.models;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * The parameters of a model's algorithm beyond its centroids, in the model's scaled space; only the fields of its
 * algorithm are set. Models stored before algorithms existed have none (they are k-means).
 *
 * @param weights       gmm: mixing weight per cluster, in cluster order, summing to 1
 * @param means         gmm: component means per cluster (equal to the centroids)
 * @param covariances   gmm: full covariance matrix per cluster (d x d)
 * @param logLikelihood gmm: total log-likelihood of the training customers (the best of the starts)
 * @param starts        gmm: EM starts tried
 * @param eps           dbscan: neighbourhood radius in scaled units
 * @param epsEstimated  dbscan: whether eps came from the knee of the k-distance curve (not given)
 * @param minSamples    dbscan: points within eps, the point itself included, that make a core point
 * @param corePoints    dbscan: the core points, scaled
 * @param coreClusters  dbscan: for each core point the index of its cluster in {@code clusters}
 * @param sampleSize    ward: customers the tree was built on (a seeded sample above the limit)
 * @param sampleLimit   ward: the sample limit
 * @param dendrogram    ward: the top of the merge tree (its last 30 merges, or k - 1 when more) for drawing
 */
@Schema(description = "Algorithm parameters in scaled space: gmm weights, means, covariances; dbscan eps, minSamples,"
        + " core points; ward sample size.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AlgorithmParameters(@Nullable List<Double> weights, @Nullable List<List<Double>> means,
                                  @Nullable List<List<List<Double>>> covariances, @Nullable Double logLikelihood,
                                  @Nullable Integer starts, @Nullable Double eps, @Nullable Boolean epsEstimated,
                                  @Nullable Integer minSamples, @Nullable List<List<Double>> corePoints,
                                  @Nullable List<Integer> coreClusters, @Nullable Integer sampleSize,
                                  @Nullable Integer sampleLimit, @Nullable Dendrogram dendrogram) {

    /** Merges shown in a Ward model's dendrogram. */
    static final int DENDROGRAM_MERGES = 30;

    /**
     * The top of a Ward tree (scipy's {@code truncate_mode='lastp'}): its leaves are the clusters formed before the
     * merges shown.
     *
     * @param leafSizes    customers of the sample in each leaf
     * @param leafClusters the model's cluster (index into {@code clusters}) each leaf belongs to
     * @param merges       merge j joins nodes {@code merges[j][0]} and {@code merges[j][1]}: leaves are 0..L-1, merge
     *                     j is L + j
     * @param heights      Ward cost of merge j (increase in the within-cluster sum of squares, scaled space),
     *                     increasing
     */
    @Schema(description = "The last merges of a Ward tree: leaves (earlier clusters) with sizes and final clusters,"
            + " merges and their heights.")
    public record Dendrogram(List<Integer> leafSizes, List<Integer> leafClusters, List<List<Integer>> merges,
                             List<Double> heights) {
    }

    static AlgorithmParameters gmm(List<Double> weights, List<List<Double>> means, List<List<List<Double>>> covariances,
                                   double logLikelihood, int starts) {
        return new AlgorithmParameters(weights, means, covariances, logLikelihood, starts, null, null, null, null, null,
                null, null, null);
    }

    static AlgorithmParameters dbscan(double eps, boolean estimated, int minSamples, List<List<Double>> corePoints,
                                      List<Integer> coreClusters) {
        return new AlgorithmParameters(null, null, null, null, null, eps, estimated, minSamples, corePoints, coreClusters,
                null, null, null);
    }

    static AlgorithmParameters ward(int sampleSize, int sampleLimit, @Nullable Dendrogram dendrogram) {
        return new AlgorithmParameters(null, null, null, null, null, null, null, null, null, null, sampleSize, sampleLimit,
                dendrogram);
    }
}
