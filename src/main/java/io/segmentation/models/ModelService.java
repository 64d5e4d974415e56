package io.segmentation.models;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.segmentation.clustering.Points;
import io.segmentation.ingestion.SpooledFile;
import io.segmentation.rfm.RfmSegmentTable;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/** Trains, imports and registers models: on the published run, on a run being computed, or on an attributes file. */
@Service
public class ModelService {

    /** The default model's features: log1p of recency (days), frequency (orders) and monetary (currency). */
    public static final List<String> RFM_FEATURES = List.of("log1p(recencyDays)", "log1p(frequency)", "log1p(monetary)");

    /** The inputs of an R/F/M model, in the order runs hold them. */
    static final List<String> RFM_INPUTS = List.of("recencyDays", "frequency", "monetary");

    private static final Logger LOG = LoggerFactory.getLogger(ModelService.class);

    private final ModelRegistry registry;
    private final ModelSettings settings;
    private final RfmSnapshotSource published;
    private final Clock clock;
    private final RfmSegmentTable rfmTable;

    ModelService(ModelRegistry registry, ModelSettings settings, RfmSnapshotSource published, Clock clock,
                 RfmSegmentTable rfmTable) {
        this.rfmTable = rfmTable;
        this.registry = registry;
        this.settings = settings;
        this.published = published;
        this.clock = clock;
    }

    /** The name of the model runs use. */
    public String defaultName() {
        return settings.defaultName();
    }

    /** Whether runs train a new default model every time. */
    public boolean retrainOnRun() {
        return settings.retrainOnRun();
    }

    /** Whether runs retrain the default model when a feature drifted (PSI above 0.25). */
    public boolean retrainOnDrift() {
        return settings.retrainOnDrift();
    }

    /**
     * Trains a default model with the settings' defaults on a run's customers and activates it (used by runs).
     *
     * @throws IllegalArgumentException when the customers have fewer distinct points than the smallest k
     */
    public ServingModel trainDefault(RfmSnapshot snapshot) {
        TrainingOptions options = settings.options(null, null, null, null);
        double[][] rows = snapshot.rows();
        int distinct = rows.length == 0 ? 0 : Points.countDistinct(Points.flatten(rows, 3), rows.length, 3, options.kMin());
        // why: a tiny run (a single customer) cannot support the default range; train what the data allows
        if (distinct < options.kMin()) {
            options = new TrainingOptions(Math.max(1, distinct), Math.max(1, distinct), options.seed(), options.restarts(),
                    options.maxIterations(), options.tolerance(), options.kSelection());
        }
        ClusterModel model = trainOnRun(snapshot, options, PreprocessingOptions.DEFAULT, settings.defaultName(), true);
        return registry.active(model.name()).orElseThrow();
    }

    /**
     * Trains on the published run (POST /models with JSON).
     *
     * @throws NoTrainingDataException  before the first run
     * @throws IllegalArgumentException when k and a range are both given, or k exceeds the distinct customers
     * @throws InvalidPreprocessingException when log1p, scaler or pca has a value the service does not know
     */
    public ModelView train(TrainRequest request) {
        PreprocessingOptions preprocessing = request.preprocessing();
        preprocessing.featureNames(RFM_INPUTS, true);
        TrainingOptions options = settings.options(request.k(), request.kMin(), request.kMax(), request.seed(),
                request.kSelection(), request.algorithm(), request.eps(), request.minSamples());
        RfmSnapshot snapshot = published.published().filter(s -> s.rows().length > 0)
                .orElseThrow(NoTrainingDataException::new);
        boolean activate = request.activate() == null || request.activate();
        ClusterModel model = trainOnRun(snapshot, options, preprocessing, nameOr(request.name()), activate);
        return registry.get(model.version());
    }

    private ClusterModel trainOnRun(RfmSnapshot snapshot, TrainingOptions options, PreprocessingOptions preprocessing,
                                    String name, boolean activate) {
        long started = System.nanoTime();
        List<String> features = preprocessing.featureNames(RFM_INPUTS, true);
        ModelTraining.Fit trained = ModelTraining.fit(features, snapshot.rows(), options, snapshot.monetary(),
                snapshot.edges(), rfmTable, preprocessing.scaler(), preprocessing.pca());
        Optional<ModelTraining.Matched> matched = matchIds(name, features, trained);
        ModelTraining.Fit fit = matched.map(ModelTraining.Matched::fit).orElse(trained);
        TrainingSummary summary = new TrainingSummary("run", null, snapshot.rows().length, snapshot.rows().length,
                Map.of(), null).trainedBy(fit).matchedBy(matched.map(ModelTraining.Matched::matching).orElse(null));
        PreprocessingParameters stored = PreprocessingParameters.of(fit.preprocessing(), null, null, null);
        ClusterModel model = registry.register(version -> build(version, name, features, fit, options.seed(),
                snapshot.runId(), snapshot.dataFingerprint(), summary, stored), activate);
        LOG.info("Model {} trained on run {}: {} customers, k = {} in {} ms", model.version(), snapshot.runId(),
                snapshot.rows().length, model.k(), (System.nanoTime() - started) / 1_000_000);
        return model;
    }

    /**
     * Trains a named model on a customer-attributes file (multipart POST /models).
     *
     * @param features      feature columns; empty: the marketing-campaign set
     * @param referenceYear year for Age; null: the latest year of Dt_Customer, else this year
     * @param preprocessing log1p (default none), scaler, PCA and the missing-value rule
     * @throws InvalidPreprocessingException when a preprocessing field has a value the service does not know
     */
    public ModelView trainOnFile(InputStream content, String fileName, List<String> features, @Nullable Integer k,
                                 @Nullable Integer kMin, @Nullable Integer kMax, @Nullable Long seed,
                                 @Nullable String name, @Nullable Integer referenceYear, boolean activate,
                                 @Nullable String kSelection, @Nullable String algorithm, @Nullable Double eps,
                                 @Nullable Integer minSamples, PreprocessingOptions preprocessing)
            throws IOException {
        TrainingOptions options = settings.options(k, kMin, kMax, seed, kSelection, algorithm, eps, minSamples);
        List<String> chosen = features.isEmpty() ? AttributeFeatures.MARKETING_CAMPAIGN : features;
        if (new HashSet<>(chosen).size() != chosen.size()) {
            throw new IllegalArgumentException("features must not repeat a name: " + chosen);
        }
        try (SpooledFile spooled = SpooledFile.of(content, "segmentation-attributes-",
                fileName.toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx") ? ".xlsx" : ".csv")) {
            Path file = spooled.path();
            String sha256 = spooled.sha256();
            AttributeTable table = AttributeTable.read(file, fileName);
            AttributeFeatures.Extracted data = AttributeFeatures.extract(table, chosen, referenceYear,
                    LocalDate.now(clock).getYear(), preprocessing.missingValues());
            if (data.rows().length == 0) {
                throw new IllegalArgumentException("No row of " + fileName + " has every feature " + chosen
                        + "; dropped rows by feature: " + data.droppedRows());
            }
            List<String> featureNames = preprocessing.featureNames(data.features(), false);
            ModelTraining.Fit trained = ModelTraining.fit(featureNames, data.rows(), options, null, null, rfmTable,
                    preprocessing.scaler(), preprocessing.pca());
            String modelName = name == null || name.isBlank() ? baseName(fileName) : name.trim();
            Optional<ModelTraining.Matched> matched = matchIds(modelName, featureNames, trained);
            ModelTraining.Fit fit = matched.map(ModelTraining.Matched::fit).orElse(trained);
            TrainingSummary summary = new TrainingSummary("file", fileName, table.rows().size(), data.rows().length,
                    data.droppedRows(), data.referenceYear()).imputed(data.imputedRows()).trainedBy(fit)
                    .matchedBy(matched.map(ModelTraining.Matched::matching).orElse(null));
            PreprocessingParameters stored = PreprocessingParameters.of(fit.preprocessing(),
                    preprocessing.missingValues(), data.imputedValues(), data.categories());
            ClusterModel model = registry.register(version -> build(version, modelName, featureNames, fit,
                    options.seed(), null, sha256, summary, stored), activate);
            return registry.get(model.version());
        }
    }

    /**
     * Imports a model as exported, or from scikit-learn parameters (see {@link ModelImporter}).
     *
     * @throws IllegalArgumentException listing every problem of the parameters
     */
    public ModelView importModel(ModelImport request) {
        if (request.name() != null && !request.name().matches("[A-Za-z0-9._-]{1,64}")) {
            throw new IllegalArgumentException("The model cannot be imported: name must be 1-64 letters, digits, '.', '_'"
                    + " or '-'.");
        }
        ModelTraining.Fit fit = ModelImporter.fit(request, published::published, rfmTable);
        List<String> features = List.copyOf(request.featureNames());
        TrainingSummary summary = new TrainingSummary("import", null, 0, 0, Map.of(), null);
        String name = nameOr(request.name());
        boolean activate = request.activate() == null || request.activate();
        PreprocessingParameters given = request.preprocessing();
        PreprocessingParameters stored = PreprocessingParameters.of(fit.preprocessing(),
                given == null || given.missingValues() == null ? null : MissingValues.parse(given.missingValues()),
                given == null ? null : given.imputedValues(), given == null ? null : given.categories());
        ClusterModel model = registry.register(version -> build(version, name, features, fit, null, null, null, summary,
                stored), activate);
        return registry.get(model.version());
    }

    /** The fit with ids matched to the active model of the name, when there is one over the same features. */
    private Optional<ModelTraining.Matched> matchIds(String name, List<String> features, ModelTraining.Fit fit) {
        return registry.active(name).map(ServingModel::model).filter(p -> p.featureNames().equals(features))
                .map(previous -> ModelTraining.matchIds(fit, previous));
    }

    private ClusterModel build(int version, String name, List<String> features, ModelTraining.Fit fit,
                               @Nullable Long seed, @Nullable String runId, @Nullable String fingerprint,
                               TrainingSummary summary, PreprocessingParameters preprocessing) {
        List<List<Double>> centroids = new ArrayList<>();
        for (double[] c : fit.centroids()) {
            centroids.add(ScalerParameters.boxed(c));
        }
        return new ClusterModel(version, name, clock.instant(), List.copyOf(features), ScalerParameters.of(fit.scaler()),
                centroids, fit.k(), seed, fit.metrics(), fit.clusters(), runId, fingerprint, summary, fit.algorithm(),
                fit.parameters(), fit.distributions(), preprocessing);
    }

    private String nameOr(@Nullable String name) {
        return name == null || name.isBlank() ? settings.defaultName() : name.trim();
    }

    private static String baseName(String fileName) {
        String base = fileName.replaceAll("\\.[^.]*$", "").replaceAll("[^A-Za-z0-9._-]", "-").replace('_', '-');
        return base.isEmpty() ? "attributes" : base.length() > 64 ? base.substring(0, 64) : base;
    }
}
