package io.segmentation.runs;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.segmentation.clustering.ClusterNaming;
import io.segmentation.models.ClusterModel;
import io.segmentation.models.ClusterProfile;
import io.segmentation.models.ModelRegistry;
import io.segmentation.models.ModelService;
import io.segmentation.models.RfmSnapshot;
import io.segmentation.models.ServingModel;
import io.segmentation.rfm.RfmEdges;
import io.segmentation.segments.CustomerProfile;
import io.segmentation.segments.Publication;
import io.segmentation.segments.ResultStore;
import io.segmentation.segments.SegmentDefinition;
import io.segmentation.segments.SegmentProfile;
import io.segmentation.segments.SegmentProfiler;
import io.segmentation.segments.SegmentService;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The model step of a run: stores the run's score edges, assigns every customer the nearest cluster of the active
 * default model (training and activating the first one when none exists, or every time with
 * {@code segmentation.models.retrain-on-run}, or when a feature drifted with {@code segmentation.models.retrain-on-drift}),
 * adds the cluster segment profiles after the RFM ones, and reports drift and stability against the previous run.
 */
@Component
class ClusterAssignment {

    private static final Logger LOG = LoggerFactory.getLogger(ClusterAssignment.class);

    private final ModelService models;
    private final ModelRegistry registry;
    private final RunScoringStore scoring;
    private final SegmentService segments;
    private final ResultStore results;

    ClusterAssignment(ModelService models, ModelRegistry registry, RunScoringStore scoring, SegmentService segments,
                      ResultStore results) {
        this.models = models;
        this.registry = registry;
        this.scoring = scoring;
        this.segments = segments;
        this.results = results;
    }

    /** The run's result with clusters assigned and cluster segments added (unchanged when no model can be had). */
    SegmentationPipeline.Result assign(String runId, @Nullable String fingerprint, SegmentationPipeline.Result result,
                                       boolean freshModel) {
        List<CustomerProfile> customers = result.customers();
        if (customers.isEmpty()) {
            return result;
        }
        double[][] rows = new double[customers.size()][];
        for (int i = 0; i < rows.length; i++) {
            CustomerProfile c = customers.get(i);
            rows[i] = new double[] {c.recencyDays(), c.frequency(), c.monetary()};
        }
        RfmEdges runEdges = RfmEdges.of(column(rows, 0), column(rows, 1), column(rows, 2));
        Optional<ServingModel> model = registry.active(models.defaultName());
        ClusterModel drifted = model.isPresent() && !models.retrainOnRun() && !freshModel && models.retrainOnDrift()
                ? drifted(model.get(), customers) : null;
        if (model.isEmpty() || models.retrainOnRun() || freshModel || drifted != null) {
            try {
                model = Optional.of(models.trainDefault(new RfmSnapshot(runId, fingerprint, rows, runEdges)));
            } catch (IllegalArgumentException e) {
                LOG.warn("Run {}: no model could be trained ({}); customers get no cluster", runId, e.getMessage());
            }
        }
        boolean usable = model.isPresent() && ClusterNaming.isRfm(model.get().features());
        scoring.save(runId, runEdges, usable ? model.get().version() : null);
        if (!usable) {
            model.ifPresent(m -> LOG.warn("Run {}: the active '{}' model {} reads {}, not recencyDays, frequency and"
                    + " monetary; customers get no cluster", runId, m.name(), m.version(), m.inputs()));
            return result;
        }
        ServingModel serving = model.get();
        List<CustomerProfile> assigned = new ArrayList<>(customers.size());
        List<DriftCalculator.Assigned> forDrift = new ArrayList<>(customers.size());
        for (CustomerProfile c : customers) {
            double[] inputs = serving.rfmInputs(c.recencyDays(), c.frequency(), c.monetary());
            ServingModel.Assignment a = serving.assign(inputs);
            assigned.add(c.withCluster(a.clusterId(), serving.name(), serving.version()));
            forDrift.add(new DriftCalculator.Assigned(c.customerId(), inputs, a.clusterId(), a.confidence()));
        }
        RunDrift drift = drift(runId, serving, drifted, forDrift);
        List<SegmentDefinition> definitions = new ArrayList<>();
        for (ClusterProfile cluster : serving.model().clusters()) {
            definitions.add(new SegmentDefinition(cluster.id(), "cluster", cluster.name(), cluster.description(),
                    "nearest centroid of model " + serving.version(), List.of()));
        }
        List<SegmentProfile> clusterProfiles = new ArrayList<>();
        List<SegmentProfile> profiled = SegmentProfiler.profiles(definitions, assigned, CustomerProfile::cluster);
        for (int c = 0; c < profiled.size(); c++) {
            clusterProfiles.add(profiled.get(c).withCentroid(serving.model().clusters().get(c).centroid()));
        }
        List<SegmentProfile> segments = new ArrayList<>(result.segments().size() + clusterProfiles.size());
        int afterRfm = (int) result.segments().stream().filter(s -> s.scheme().equals("rfm")).count();
        segments.addAll(result.segments().subList(0, afterRfm));
        segments.addAll(clusterProfiles);
        segments.addAll(result.segments().subList(afterRfm, result.segments().size()));
        LOG.info("Run {}: {} customers assigned to the {} clusters of model {}", runId, assigned.size(), serving.model().k(),
                serving.version());
        return result.with(assigned, segments).withDrift(drift);
    }

    /** The active model when a feature's PSI on these customers exceeds the threshold, else null. */
    private @Nullable ClusterModel drifted(ServingModel model, List<CustomerProfile> customers) {
        if (!ClusterNaming.isRfm(model.features())) {
            return null;
        }
        List<double[]> inputs = customers.stream()
                .map(c -> model.rfmInputs(c.recencyDays(), c.frequency(), c.monetary())).toList();
        List<RunDrift.FeaturePsi> psi = DriftCalculator.psi(model.model(), inputs);
        if (psi == null || psi.stream().noneMatch(RunDrift.FeaturePsi::drifted)) {
            return null;
        }
        LOG.info("Model {} drifted on these customers ({}); retraining the default model", model.version(), psi);
        return model.model();
    }

    /** Drift against the model (or the drifted one it replaced) and stability against the published run. */
    private RunDrift drift(String runId, ServingModel serving, @Nullable ClusterModel drifted,
                           List<DriftCalculator.Assigned> customers) {
        String previousRunId = results.current().map(Publication::runId).orElse(null);
        Map<String, String> previous = new HashMap<>();
        if (previousRunId != null) {
            segments.forEachCustomer(null, c -> {
                if (c.cluster() != null) {
                    previous.put(c.customerId(), c.cluster());
                }
            });
        }
        return DriftCalculator.of(runId, serving, drifted != null ? drifted : serving.model(), customers, previousRunId,
                previous, drifted != null);
    }

    /** Called once the run is published: its score edges and cluster model become the ones /predict uses. */
    void published(String runId, @Nullable String previousRunId) {
        scoring.published(runId, previousRunId);
    }

    private static double[] column(double[][] rows, int f) {
        double[] values = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            values[i] = rows[i][f];
        }
        return values;
    }
}
