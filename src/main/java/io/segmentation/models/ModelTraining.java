package io.segmentation.models;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.segmentation.clustering.ClusterNaming;
import io.segmentation.clustering.ClusterOrdering;
import io.segmentation.clustering.KMeansSolution;
import io.segmentation.clustering.KSelection;
import io.segmentation.clustering.KSelector;
import io.segmentation.clustering.ModelFeature;
import io.segmentation.clustering.StandardScaler;
import io.segmentation.rfm.RfmEdges;
import io.segmentation.rfm.RfmSegmentTable;
import org.jspecify.annotations.Nullable;

/**
 * Fits a model to rows of input values (pure): transform, z-score scaling, k-means for the k asked (or the best k by
 * silhouette), cluster ids by centroid monetary value descending, and profiles in original units.
 */
final class ModelTraining {

    private ModelTraining() {
    }

    /**
     * What training produced, before it gets a version and a name.
     *
     * @param scaler    the fitted scaler
     * @param centroids centroids in scaled space, in cluster id order
     * @param metrics   metrics of every k tried
     * @param labels    cluster index of every training row, in row order
     * @param clusters  profiles in cluster id order
     * @param kSelection {@code fixed}, {@code elbow} or {@code silhouette}; null for imports
     * @param iterations iterations of the kept solution; null for imports
     * @param converged  whether it stopped at a fixed point rather than the iteration cap; null for imports
     */
    public record Fit(StandardScaler scaler, double[][] centroids, List<KMetrics> metrics, int[] labels,
                      List<ClusterProfile> clusters, @Nullable String kSelection, @Nullable Integer iterations,
                      @Nullable Boolean converged) {

        /** A fit without training details (imports). */
        public Fit(StandardScaler scaler, double[][] centroids, List<KMetrics> metrics, int[] labels,
                   List<ClusterProfile> clusters) {
            this(scaler, centroids, metrics, labels, clusters, null, null, null);
        }

        public int k() {
            return centroids.length;
        }
    }

    /**
     * Trains on {@code rows}: one row per customer, one value per feature input, in input units.
     *
     * @param revenue each row's monetary value, for revenue shares (R/F/M models), else null
     * @param edges   the run's score edges for naming R/F/M clusters, else null
     * @param table   the RFM segment table that names R/F/M clusters
     * @throws IllegalArgumentException when rows are empty, ragged or not finite, or kMin exceeds the distinct points
     */
    public static Fit fit(List<String> featureNames, double[][] rows, TrainingOptions options,
                          double @Nullable [] revenue, @Nullable RfmEdges edges, RfmSegmentTable table) {
        List<ModelFeature> features = featureNames.stream().map(ModelFeature::parse).toList();
        double[][] transformed = new double[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            if (rows[i].length != features.size()) {
                throw new IllegalArgumentException("row " + i + " has " + rows[i].length + " values for "
                        + features.size() + " features");
            }
            transformed[i] = new double[features.size()];
            for (int f = 0; f < features.size(); f++) {
                transformed[i][f] = features.get(f).apply(rows[i][f]);
            }
        }
        StandardScaler scaler = StandardScaler.fit(transformed);
        double[][] scaled = scaler.transformAll(transformed);
        KSelection selection = new KSelector().choose(scaled, options.kMin(), options.kMax(), options.seed(),
                options.restarts(), options.maxIterations(), options.tolerance(), options.kSelection());
        KMeansSolution ordered = ClusterOrdering.orderByFeatureDescending(selection.solution(), orderingFeature(features));
        List<KMetrics> metrics = selection.candidates().stream()
                .map(c -> KMetrics.of(c, c.k() == selection.chosenK())).toList();
        List<ClusterProfile> clusters = profiles(features, scaler, ordered.centroids(), ordered.labels(), revenue, edges, table);
        String rule = options.kMin() == options.kMax() ? "fixed" : options.kSelection().id();
        return new Fit(scaler, ordered.centroids(), metrics, ordered.labels(), clusters, rule, ordered.iterations(),
                ordered.converged());
    }

    /**
     * The feature clusters are ordered by: the first whose input is {@code monetary}, else the first whose input
     * mentions spending or monetary (e.g. {@code TotalSpending}), else the first feature.
     */
    public static int orderingFeature(List<ModelFeature> features) {
        for (int f = 0; f < features.size(); f++) {
            if (features.get(f).input().equals("monetary")) {
                return f;
            }
        }
        for (int f = 0; f < features.size(); f++) {
            String input = features.get(f).input().toLowerCase(Locale.ROOT);
            if (input.contains("spend") || input.contains("monetary")) {
                return f;
            }
        }
        return 0;
    }

    /**
     * Cluster profiles: ids, names, centroids in original units and, when labels are known, sizes and shares.
     *
     * @param centroids scaled centroids, already in cluster id order
     * @param labels    each training row's cluster index, or null when no rows are known (imports)
     */
    public static List<ClusterProfile> profiles(List<ModelFeature> features, StandardScaler scaler, double[][] centroids,
                                                int @Nullable [] labels, double @Nullable [] revenue,
                                                @Nullable RfmEdges edges, RfmSegmentTable table) {
        int k = centroids.length;
        List<Map<String, Double>> original = new ArrayList<>(k);
        for (double[] centroid : centroids) {
            double[] unscaled = scaler.inverseTransform(centroid);
            Map<String, Double> values = new LinkedHashMap<>();
            for (int f = 0; f < features.size(); f++) {
                values.put(features.get(f).input(), round(features.get(f).invert(unscaled[f])));
            }
            original.add(values);
        }
        List<ClusterNaming.Name> names = ClusterNaming.names(features, centroids, original, edges, table);
        long[] sizes = new long[k];
        double[] revenues = new double[k];
        double totalRevenue = 0;
        if (labels != null) {
            for (int i = 0; i < labels.length; i++) {
                sizes[labels[i]]++;
                if (revenue != null) {
                    revenues[labels[i]] += revenue[i];
                    totalRevenue += revenue[i];
                }
            }
        }
        List<ClusterProfile> profiles = new ArrayList<>(k);
        for (int c = 0; c < k; c++) {
            boolean sized = labels != null;
            boolean valued = sized && revenue != null;
            profiles.add(new ClusterProfile("cluster-" + c, names.get(c).name(), names.get(c).archetype(),
                    describe(original.get(c)), original.get(c),
                    sized ? sizes[c] : null, sized && labels.length > 0 ? round((double) sizes[c] / labels.length) : null,
                    valued ? round(revenues[c]) : null,
                    valued && totalRevenue > 0 ? round(revenues[c] / totalRevenue) : null));
        }
        return profiles;
    }

    /** The centroid in words: "recencyDays 9.3, frequency 11.2, monetary 4012.55". */
    static String describe(Map<String, Double> centroid) {
        List<String> parts = new ArrayList<>();
        centroid.forEach((input, value) -> parts.add(input + " " + String.format(Locale.ROOT, "%.2f", value)));
        return "Centroid: " + String.join(", ", parts);
    }

    /** Rounds to 4 decimals: centroids and shares are read by people, not fed back into the maths. */
    static double round(double value) {
        return Math.round(value * 10_000.0) / 10_000.0;
    }
}
