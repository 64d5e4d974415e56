package io.segmentation.models;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A model as stored in {@code models}, keyed by its version; the fields are those of {@link ClusterModel}, so the
 * stored layout and the export format stay one-to-one while each can change on its own. Documents stored before
 * {@code algorithm} and {@code parameters} existed load with both null: k-means; those stored before
 * {@code distributions} load without them (drift then says so), and those stored before {@code preprocessing} with none
 * (z-score, no PCA).
 */
@Document("models")
record ModelDocument(@Id int version, String name, Instant createdAt, List<String> featureNames,
                     ScalerParameters scaler, List<List<Double>> centroids, int k, @Nullable Long seed,
                     List<KMetrics> metrics, List<ClusterProfile> clusters, @Nullable String runId,
                     @Nullable String dataFingerprint, TrainingSummary training, @Nullable String algorithm,
                     @Nullable AlgorithmParameters parameters, @Nullable List<FeatureDistribution> distributions,
                     @Nullable PreprocessingParameters preprocessing) {

    static ModelDocument of(ClusterModel m) {
        return new ModelDocument(m.version(), m.name(), m.createdAt(), m.featureNames(), m.scaler(), m.centroids(),
                m.k(), m.seed(), m.metrics(), m.clusters(), m.runId(), m.dataFingerprint(), m.training(), m.algorithm(),
                m.parameters(), m.distributions(), m.preprocessing());
    }

    ClusterModel model() {
        return new ClusterModel(version, name, createdAt, featureNames, scaler, centroids, k, seed, metrics, clusters,
                runId, dataFingerprint, training, algorithm, parameters, distributions, preprocessing);
    }
}
