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
 */
@Schema(description = "Algorithm parameters in scaled space: gmm weights, means, covariances; dbscan eps, minSamples,"
        + " core points; ward sample size.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AlgorithmParameters(@Nullable List<Double> weights, @Nullable List<List<Double>> means,
                                  @Nullable List<List<List<Double>>> covariances, @Nullable Double logLikelihood,
                                  @Nullable Integer starts, @Nullable Double eps, @Nullable Boolean epsEstimated,
                                  @Nullable Integer minSamples, @Nullable List<List<Double>> corePoints,
                                  @Nullable List<Integer> coreClusters, @Nullable Integer sampleSize,
                                  @Nullable Integer sampleLimit) {

    static AlgorithmParameters gmm(List<Double> weights, List<List<Double>> means, List<List<List<Double>>> covariances,
                                   double logLikelihood, int starts) {
        return new AlgorithmParameters(weights, means, covariances, logLikelihood, starts, null, null, null, null, null,
                null, null);
    }

    static AlgorithmParameters dbscan(double eps, boolean estimated, int minSamples, List<List<Double>> corePoints,
                                      List<Integer> coreClusters) {
        return new AlgorithmParameters(null, null, null, null, null, eps, estimated, minSamples, corePoints, coreClusters,
                null, null);
    }

    static AlgorithmParameters ward(int sampleSize, int sampleLimit) {
        return new AlgorithmParameters(null, null, null, null, null, null, null, null, null, null, sampleSize, sampleLimit);
    }
}
