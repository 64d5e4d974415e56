package io.segmentation.runs;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.segmentation.clustering.ClusterNaming;
import io.segmentation.models.ClusterProfile;
import io.segmentation.models.ModelRegistry;
import io.segmentation.models.ModelService;
import io.segmentation.models.RfmSnapshot;
import io.segmentation.models.ServingModel;
import io.segmentation.rfm.RfmEdges;
import io.segmentation.segments.CustomerProfile;
import io.segmentation.segments.SegmentDefinition;
import io.segmentation.segments.SegmentProfile;
import io.segmentation.segments.SegmentProfiler;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The model step of a run: stores the run's score edges, assigns every customer the nearest cluster of the active
 * default model (training and activating the first one when none exists, or every time with
 * {@code segmentation.models.retrain-on-run}), and adds the cluster segment profiles after the RFM ones.
 */
@Component
class ClusterAssignment {

    private static final Logger LOG = LoggerFactory.getLogger(ClusterAssignment.class);

    private final ModelService models;
    private final ModelRegistry registry;
    private final RunScoringStore scoring;

    ClusterAssignment(ModelService models, ModelRegistry registry, RunScoringStore scoring) {
        this.models = models;
        this.registry = registry;
        this.scoring = scoring;
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
        if (model.isEmpty() || models.retrainOnRun() || freshModel) {
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
        for (CustomerProfile c : customers) {
            assigned.add(c.withCluster(serving.assign(serving.rfmInputs(c.recencyDays(), c.frequency(),
                    c.monetary())).clusterId(), serving.name(), serving.version()));
        }
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
        return result.with(assigned, segments);
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
