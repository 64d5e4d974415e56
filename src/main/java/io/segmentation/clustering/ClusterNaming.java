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
 * <li>Names are unique within a model and never numbered: clusters that would share a name are told apart by the
 * feature on which each differs most from the group's mean, in words ("Champions (Big-Spending)", "Champions
 * (Frequent)"; recency: Recent / Lapsing, frequency: Frequent / Occasional, monetary: Big-Spending / Low-Spending,
 * other features: Higher X / Lower X), then by two such features, and when even that repeats (equal centroids) by
 * their rank in the group: Top, Upper, Middle, Lower, Bottom.</li>
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
        Map<String, List<Integer>> groups = new HashMap<>();
        for (int c = 0; c < scaledCentroids.length; c++) {
            Name base = rfm ? archetype(centroids.get(c), edges, table) : new Name(describe(features, scaledCentroids[c]), null);
            names.add(base);
            groups.computeIfAbsent(base.name(), key -> new ArrayList<>()).add(c);
        }
        for (List<Integer> group : groups.values()) {
            if (group.size() > 1) {
                List<String> qualifiers = qualifiers(features, scaledCentroids, group);
                for (int g = 0; g < group.size(); g++) {
                    Name base = names.get(group.get(g));
                    names.set(group.get(g), new Name(base.name() + " (" + qualifiers.get(g) + ")", base.archetype()));
                }
            }
        }
        return names;
    }

    /** Words that tell the clusters of a group (same base name) apart, unique within the group. */
    private static List<String> qualifiers(List<ModelFeature> features, double[][] scaled, List<Integer> group) {
        int d = scaled[group.get(0)].length;
        double[] mean = new double[d];
        for (int c : group) {
            for (int f = 0; f < d; f++) {
                mean[f] += scaled[c][f] / group.size();
            }
        }
        for (int parts = 1; parts <= Math.min(2, d); parts++) {
            List<String> words = new ArrayList<>();
            for (int c : group) {
                Integer[] order = new Integer[d];
                java.util.Arrays.setAll(order, f -> f);
                double[] row = scaled[c];
                java.util.Arrays.sort(order, Comparator.comparingDouble((Integer f) -> -Math.abs(row[f] - mean[f])));
                List<String> chosen = new ArrayList<>();
                for (int p = 0; p < parts; p++) {
                    int f = order[p];
                    double delta = row[f] - mean[f];
                    chosen.add(delta == 0 ? "" : word(features.get(f).input(), delta > 0));
                }
                words.add(String.join(", ", chosen));
            }
            if (words.stream().noneMatch(w -> w.isBlank() || w.startsWith(",") || w.endsWith(" "))
                    && new java.util.HashSet<>(words).size() == words.size()) {
                return words;
            }
        }
        // why: equal centroids cannot be told apart by their values; their order (by monetary value) still can
        List<String> ranks = List.of("Top", "Upper", "Middle", "Lower", "Bottom");
        List<String> words = new ArrayList<>();
        for (int g = 0; g < group.size(); g++) {
            int rank = group.size() == 2 && g == 1 ? 4 : Math.min(g, 4);
            words.add(group.size() <= 5 ? ranks.get(rank) : "Tier " + (char) ('A' + g));
        }
        return words;
    }

    /** A marketer's word for a feature being higher or lower than its neighbours'. */
    private static String word(String input, boolean higher) {
        return switch (input) {
            case "recencyDays" -> higher ? "Lapsing" : "Recent";
            case "frequency" -> higher ? "Frequent" : "Occasional";
            case "monetary" -> higher ? "Big-Spending" : "Low-Spending";
            default -> (higher ? "Higher " : "Lower ") + input;
        };
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
