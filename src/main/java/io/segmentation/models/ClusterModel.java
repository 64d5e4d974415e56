package io.segmentation.models;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * A versioned clustering model with its scaler as the API shows and exports it (stored as a {@link ModelDocument}).
 *
 * @param version         global version number, 1, 2, ...
 * @param name            model name; one model per name is active ({@code default} is the one runs use)
 * @param createdAt       when it was trained or imported
 * @param featureNames    features in order; {@code log1p(x)} means ln(1 + input x)
 * @param scaler          the scaler's centre and scale per feature (mean and standard deviation for z-score, minimum
 *                        and range for min-max, median and interquartile range for robust)
 * @param centroids       k centroids in model space (scaled, then projected when there is a PCA), in cluster id order
 * @param k               number of clusters
 * @param seed            training seed (null for imports)
 * @param metrics         the metrics of every k tried (empty for imports)
 * @param clusters        cluster profiles in original units, in cluster id order
 * @param runId           the run trained on, if any
 * @param dataFingerprint identifies the data trained on (the run's fingerprint or the file's SHA-256)
 * @param training        what the model was trained on
 * @param algorithm       {@code kmeans}, {@code gmm}, {@code dbscan} or {@code ward}; null (stored before algorithms
 *                        existed) means kmeans
 * @param parameters      the algorithm's parameters beyond the centroids (null for kmeans)
 * @param distributions   each feature's training deciles and bin shares, for drift (null for imports and models
 *                        stored before drift existed)
 * @param preprocessing   log1p per input, the scaler's kind, the PCA, missing values and one-hot categories; null for
 *                        models stored before it was recorded: z-score, no PCA, missing values dropped
 */
@Schema(description = "A model (kmeans, gmm, dbscan or ward) with its scaler, clusters, parameters and training metrics.")
public record ClusterModel(@Schema(example = "3") int version, @Schema(example = "default") String name,
                           Instant createdAt,
                           @Schema(example = "[\"log1p(recencyDays)\", \"log1p(frequency)\", \"log1p(monetary)\"]")
                           List<String> featureNames,
                           ScalerParameters scaler, List<List<Double>> centroids, @Schema(example = "4") int k,
                           @Schema(example = "42") @Nullable Long seed, List<KMetrics> metrics,
                           List<ClusterProfile> clusters, @Nullable String runId, @Nullable String dataFingerprint,
                           TrainingSummary training,
                           @Schema(example = "kmeans") @Nullable String algorithm,
                           @Nullable AlgorithmParameters parameters,
                           @Nullable List<FeatureDistribution> distributions,
                           @Nullable PreprocessingParameters preprocessing) {

    /** A model without recorded preprocessing (z-score, no PCA). */
    public ClusterModel(int version, String name, Instant createdAt, List<String> featureNames, ScalerParameters scaler,
                        List<List<Double>> centroids, int k, @Nullable Long seed, List<KMetrics> metrics,
                        List<ClusterProfile> clusters, @Nullable String runId, @Nullable String dataFingerprint,
                        TrainingSummary training, @Nullable String algorithm, @Nullable AlgorithmParameters parameters,
                        @Nullable List<FeatureDistribution> distributions) {
        this(version, name, createdAt, featureNames, scaler, centroids, k, seed, metrics, clusters, runId, dataFingerprint,
                training, algorithm, parameters, distributions, null);
    }
}
