package io.segmentation.clustering;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.segmentation.rfm.RfmEdges;
import io.segmentation.rfm.RfmSegmentRule;
import io.segmentation.rfm.RfmSegmentTable;
import org.jspecify.annotations.Nullable;

/**
 * Names clusters from their centroids (pure).
 *
 * <ol>
 * <li>R/F/M models (inputs {@code recencyDays}, {@code frequency}, {@code monetary}) with the run's score edges: the
 * centroid in original units is scored against the edges and the cluster takes the name of the RFM segment those
 * scores fall in (its archetype), e.g. a centroid of 9 days, 11 orders, 4,000 scoring 5-5-5 is "Champions".</li>
 * <li>Other models: the features whose scaled centroid value (a z-score) is at least 0.5 away from the training mean,
 * at most two, largest first, as "High X" or "Low X" joined by " & ", e.g. "High Income & Low NumWebVisitsMonth";
 * "Average" when none is.</li>
 * <li>A name already taken by a cluster with a lower id gets " 2", " 3", ... appended.</li>
 * </ol>
 */
public final class ClusterNaming {

    /** A scaled centroid value at least this far from 0 counts as high or low. */
    static final double NOTABLE_Z = 0.5;

    private ClusterNaming() {
    }

    /** A cluster's name and its RFM archetype (null for non-R/F/M models). */
    public record Name(String name, @Nullable String archetype) {
    }

    /**
     * Names every cluster.
     *
     * @param features        the model's features
     * @param scaledCentroids centroids in scaled space, in cluster id order
     * @param centroids       the same centroids in original input units
     * @param edges           the run's score edges, or null when unknown
     * @param table           the RFM segment table whose names R/F/M clusters take
     */
    public static List<Name> names(List<ModelFeature> features, double[][] scaledCentroids,
                                   List<Map<String, Double>> centroids, @Nullable RfmEdges edges,
                                   RfmSegmentTable table) {
        boolean rfm = edges != null && isRfm(features);
        List<Name> names = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int c = 0; c < scaledCentroids.length; c++) {
            Name base = rfm ? archetype(centroids.get(c), edges, table) : new Name(describe(features, scaledCentroids[c]), null);
            int count = seen.merge(base.name(), 1, Integer::sum);
            names.add(count == 1 ? base : new Name(base.name() + " " + count, base.archetype()));
        }
        return names;
    }

    /** Whether the features read exactly the inputs recencyDays, frequency and monetary. */
    public static boolean isRfm(List<ModelFeature> features) {
        return features.size() == 3 && features.stream().map(ModelFeature::input).sorted().toList()
                .equals(List.of("frequency", "monetary", "recencyDays"));
    }

    private static Name archetype(Map<String, Double> centroid, RfmEdges edges, RfmSegmentTable table) {
        RfmSegmentRule rule = table.segmentOf(edges.scores(centroid.get("recencyDays"),
                centroid.get("frequency"), centroid.get("monetary")));
        return new Name(rule.name(), rule.id());
    }

    private static String describe(List<ModelFeature> features, double[] scaled) {
        List<Integer> notable = new ArrayList<>();
        for (int f = 0; f < scaled.length; f++) {
            if (Math.abs(scaled[f]) >= NOTABLE_Z) {
                notable.add(f);
            }
        }
        if (notable.isEmpty()) {
            return "Average";
        }
        notable.sort(Comparator.comparingDouble((Integer f) -> -Math.abs(scaled[f])).thenComparing(f -> f));
        List<String> parts = new ArrayList<>();
        for (int f : notable.subList(0, Math.min(2, notable.size()))) {
            parts.add((scaled[f] > 0 ? "High " : "Low ") + features.get(f).input());
        }
        return String.join(" & ", parts);
    }
}
