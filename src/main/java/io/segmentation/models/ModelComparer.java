package io.segmentation.models;

import java.util.ArrayList;
import java.util.List;

import io.segmentation.clustering.Algorithm;
import io.segmentation.rfm.RfmSegmentTable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * {@code POST /models/compare}: trains each algorithm on the published run's customers with the same options and
 * preprocessing (log1p, scaler, PCA), and
 * reports its metrics, sizes and time; stores nothing. Bounded as training is: silhouette on a seeded sample of
 * 10,000 above that, Ward on a seeded sample of 20,000, DBSCAN's eps knee on a sample of 5,000.
 */
@Service
class ModelComparer {

    private static final Logger LOG = LoggerFactory.getLogger(ModelComparer.class);

    private final ModelSettings settings;
    private final RfmSnapshotSource published;
    private final RfmSegmentTable rfmTable;

    ModelComparer(ModelSettings settings, RfmSnapshotSource published, RfmSegmentTable rfmTable) {
        this.settings = settings;
        this.published = published;
        this.rfmTable = rfmTable;
    }

    /**
     * @throws NoTrainingDataException  before the first run
     * @throws IllegalArgumentException when k and a range are both given, or an algorithm or rule is unknown
     */
    ModelComparison compare(CompareRequest request) {
        List<Algorithm> algorithms = request.algorithms() == null || request.algorithms().isEmpty()
                ? List.of(Algorithm.values()) : request.algorithms().stream().map(Algorithm::parse).distinct().toList();
        PreprocessingOptions preprocessing = request.preprocessing();
        List<String> features = preprocessing.featureNames(ModelService.RFM_INPUTS, true);
        for (Algorithm a : algorithms) { // why: reject a bad k, range or rule before any training
            settings.options(request.k(), request.kMin(), request.kMax(), request.seed(), request.kSelection(),
                    a.id(), request.eps(), request.minSamples());
        }
        RfmSnapshot snapshot = published.published().filter(s -> s.rows().length > 0)
                .orElseThrow(NoTrainingDataException::new);
        List<ModelComparison.Row> rows = new ArrayList<>();
        for (Algorithm algorithm : algorithms) {
            rows.add(row(algorithm, request, snapshot, features, preprocessing));
        }
        return new ModelComparison(snapshot.runId(), snapshot.rows().length, features, rows);
    }

    private ModelComparison.Row row(Algorithm algorithm, CompareRequest request, RfmSnapshot snapshot,
                                    List<String> features, PreprocessingOptions preprocessing) {
        boolean dbscan = algorithm == Algorithm.DBSCAN;
        TrainingOptions options = settings.options(request.k(), request.kMin(), request.kMax(), request.seed(),
                request.kSelection(), algorithm.id(), request.eps(), request.minSamples());
        TrainRequest reproduce = new TrainRequest(dbscan ? null : request.k(), dbscan ? null : request.kMin(),
                dbscan ? null : request.kMax(), options.seed(), null, false, dbscan ? null : request.kSelection(),
                algorithm.id(), dbscan ? request.eps() : null, dbscan ? request.minSamples() : null, request.log1p(),
                request.scaler(), request.pca());
        long started = System.nanoTime();
        try {
            ModelTraining.Fit fit = ModelTraining.fit(features, snapshot.rows(), options, snapshot.monetary(),
                    snapshot.edges(), rfmTable, preprocessing.scaler(), preprocessing.pca());
            long millis = (System.nanoTime() - started) / 1_000_000;
            KMetrics chosen = fit.metrics().stream().filter(KMetrics::chosen).findFirst().orElseThrow();
            List<Long> sizes = fit.clusters().stream().map(c -> c.size() == null ? 0L : c.size()).toList();
            long noise = fit.clusters().stream().filter(c -> c.id().equals(ModelTraining.NOISE_ID))
                    .mapToLong(c -> c.size() == null ? 0 : c.size()).sum();
            LOG.debug("Compare {}: k = {} in {} ms", algorithm.id(), chosen.k(), millis);
            return new ModelComparison.Row(algorithm.id(), chosen.k(), fit.kSelection(), chosen.silhouette(),
                    chosen.calinskiHarabasz(), chosen.daviesBouldin(), chosen.inertia(), sizes,
                    ModelTraining.round((double) noise / snapshot.rows().length), millis, null, reproduce);
        } catch (IllegalArgumentException e) {
            return new ModelComparison.Row(algorithm.id(), null, null, null, null, null, null, List.of(), null,
                    (System.nanoTime() - started) / 1_000_000, e.getMessage(), reproduce);
        }
    }
}
