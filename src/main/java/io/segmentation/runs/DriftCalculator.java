package io.segmentation.runs;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.segmentation.clustering.AdjustedRandIndex;
import io.segmentation.clustering.PopulationStability;
import io.segmentation.models.ClusterModel;
import io.segmentation.models.ClusterProfile;
import io.segmentation.models.FeatureDistribution;
import io.segmentation.models.ServingModel;
import org.jspecify.annotations.Nullable;

/** Computes a {@link RunDrift} from a model, a run's assigned customers and the previous run's clusters. */
final class DriftCalculator {

    private DriftCalculator() {
    }

    /**
     * A customer as drift reads it.
     *
     * @param customerId the customer
     * @param inputs     the model's inputs in input units, feature order
     * @param cluster    the cluster id assigned
     * @param confidence the assignment's confidence, 0-1
     */
    record Assigned(String customerId, double[] inputs, String cluster, double confidence) {
    }

    /**
     * PSI of each feature of {@code psiModel} on the customers' inputs (null when it stored no distributions).
     *
     * @return the PSI per feature, in feature order, or null
     */
    static @Nullable List<RunDrift.FeaturePsi> psi(ClusterModel psiModel, List<double[]> inputs) {
        List<FeatureDistribution> distributions = psiModel.distributions();
        if (distributions == null || inputs.isEmpty()) {
            return null;
        }
        List<RunDrift.FeaturePsi> features = new ArrayList<>();
        for (int f = 0; f < distributions.size(); f++) {
            double[] values = new double[inputs.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = inputs.get(i)[f];
            }
            double psi = round(distributions.get(f).psi(values));
            features.add(new RunDrift.FeaturePsi(distributions.get(f).input(), psi,
                    psi > PopulationStability.DRIFT_THRESHOLD));
        }
        return features;
    }

    /**
     * The drift report.
     *
     * @param model            the model that assigned the clusters
     * @param psiModel         the model the PSI is measured against (the drifted one when a retrain replaced it)
     * @param customers        the run's customers with their clusters
     * @param previousClusters cluster of each customer of the previous run (customers without one left out)
     */
    static RunDrift of(String runId, ServingModel model, ClusterModel psiModel, List<Assigned> customers,
                       @Nullable String previousRunId, Map<String, String> previousClusters, boolean retrained) {
        List<RunDrift.FeaturePsi> features = psi(psiModel, customers.stream().map(Assigned::inputs).toList());
        List<String> notes = new ArrayList<>();
        if (features == null) {
            notes.add("model " + psiModel.version() + " was stored without its training deciles (before drift existed,"
                    + " or imported): no PSI; retrain it to measure drift");
        }
        Map<String, Integer> ids = new HashMap<>();
        List<Integer> now = new ArrayList<>();
        List<Integer> before = new ArrayList<>();
        Map<String, Long> counts = new LinkedHashMap<>();
        long low = 0;
        for (Assigned c : customers) {
            counts.merge(c.cluster(), 1L, Long::sum);
            low += c.confidence() < RunDrift.LOW_CONFIDENCE ? 1 : 0;
            String previous = previousClusters.get(c.customerId());
            if (previous != null) {
                now.add(ids.computeIfAbsent(c.cluster(), id -> ids.size()));
                before.add(ids.computeIfAbsent("previous:" + previous, id -> ids.size()));
            }
        }
        Map<String, Long> previousCounts = new HashMap<>();
        previousClusters.values().forEach(id -> previousCounts.merge(id, 1L, Long::sum));
        boolean hasPrevious = previousRunId != null && !previousClusters.isEmpty();
        if (!hasPrevious) {
            notes.add("no previous run with clusters to compare with");
        }
        Double ari = hasPrevious && !now.isEmpty() ? round(AdjustedRandIndex.of(
                now.stream().mapToInt(Integer::intValue).toArray(), before.stream().mapToInt(Integer::intValue).toArray()))
                : null;
        List<RunDrift.ClusterShare> shares = new ArrayList<>();
        for (ClusterProfile cluster : model.model().clusters()) {
            double share = customers.isEmpty() ? 0 : round((double) counts.getOrDefault(cluster.id(), 0L) / customers.size());
            Double previousShare = hasPrevious
                    ? round((double) previousCounts.getOrDefault(cluster.id(), 0L) / previousClusters.size()) : null;
            shares.add(new RunDrift.ClusterShare(cluster.id(), cluster.name(), cluster.share(), previousShare, share,
                    previousShare == null ? null : round(share - previousShare)));
        }
        Double max = features == null ? null
                : features.stream().mapToDouble(RunDrift.FeaturePsi::psi).max().stream().boxed().findFirst().orElse(null);
        return new RunDrift(model.version(), runId, psiModel.version(), features == null ? List.of() : features, max,
                features != null && features.stream().anyMatch(RunDrift.FeaturePsi::drifted),
                notes.isEmpty() ? null : String.join("; ", notes), retrained, hasPrevious ? previousRunId : null,
                now.size(), ari, shares, customers.isEmpty() ? 0 : round((double) low / customers.size()));
    }

    private static double round(double value) {
        return Math.round(value * 10_000.0) / 10_000.0;
    }
}
