package io.segmentation.models;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import io.segmentation.clustering.Centroids;
import io.segmentation.clustering.ClusterNaming;
import io.segmentation.clustering.ModelFeature;
import io.segmentation.clustering.StandardScaler;
import io.segmentation.rfm.RfmSegmentTable;

/**
 * Turns imported parameters (our export, or scikit-learn's {@code feature_names}, {@code scaler.mean},
 * {@code scaler.scale}, {@code cluster_centers} in scaled space) into a model: checked, clusters renumbered by centroid
 * monetary value, named by the naming rule and, for R/F/M models with a published run, sized on that run's customers.
 */
final class ModelImporter {

    private ModelImporter() {
    }

    /**
     * @param published the published run, asked for only when the model reads R, F and M
     * @throws IllegalArgumentException listing every problem of the parameters
     */
    static ModelTraining.Fit fit(ModelImport request, Supplier<Optional<RfmSnapshot>> published, RfmSegmentTable rfmTable) {
        List<String> errors = new ArrayList<>();
        List<String> features = request.featureNames() == null ? List.of() : request.featureNames();
        if (features.isEmpty()) {
            errors.add("feature_names (featureNames) is missing or empty");
        }
        int d = features.size();
        double[] means = request.scaler() == null || request.scaler().means() == null ? new double[0]
                : ScalerParameters.unboxed(request.scaler().means());
        double[] scales = request.scaler() == null || request.scaler().scales() == null ? new double[0]
                : ScalerParameters.unboxed(request.scaler().scales());
        if (means.length != d || scales.length != d) {
            errors.add("scaler.mean and scaler.scale need " + d + " values each (one per feature), have " + means.length
                    + " and " + scales.length);
        }
        for (int f = 0; f < Math.min(d, Math.min(means.length, scales.length)); f++) {
            if (!Double.isFinite(means[f]) || !(scales[f] > 0) || Double.isInfinite(scales[f])) {
                errors.add("scaler feature " + f + " needs a finite mean and a finite scale > 0");
            }
        }
        List<List<Double>> centers = request.centroids() == null ? List.of() : request.centroids();
        if (centers.isEmpty()) {
            errors.add("cluster_centers (centroids) is missing or empty");
        }
        double[][] centroids = new double[centers.size()][];
        for (int c = 0; c < centers.size(); c++) {
            List<Double> row = centers.get(c) == null ? List.of() : centers.get(c);
            centroids[c] = ScalerParameters.unboxed(row);
            if (row.size() != d || Arrays.stream(centroids[c]).anyMatch(v -> !Double.isFinite(v))) {
                errors.add("cluster_centers[" + c + "] needs " + d + " finite values");
            }
        }
        if (!errors.isEmpty()) {
            throw new IllegalArgumentException("The model cannot be imported: " + String.join("; ", errors) + ".");
        }
        List<ModelFeature> parsed = features.stream().map(ModelFeature::parse).toList();
        StandardScaler scaler = new StandardScaler(means, scales);
        double[][] ordered = orderedByFeatureDescending(centroids, ModelTraining.orderingFeature(parsed));
        Optional<RfmSnapshot> snapshot = ClusterNaming.isRfm(parsed) ? published.get() : Optional.empty();
        int[] labels = snapshot.map(s -> labels(parsed, scaler, ordered, s.rows())).orElse(null);
        List<ClusterProfile> clusters = ModelTraining.profiles(parsed, scaler, ordered, labels,
                snapshot.map(RfmSnapshot::monetary).orElse(null), snapshot.map(RfmSnapshot::edges).orElse(null), rfmTable);
        return new ModelTraining.Fit(scaler, ordered, List.of(), labels == null ? new int[0] : labels, clusters);
    }

    /** Each row's nearest centroid; rows are in input units and in R, F, M order as the snapshot holds them. */
    private static int[] labels(List<ModelFeature> features, StandardScaler scaler, double[][] centroids, double[][] rows) {
        List<String> snapshotOrder = List.of("recencyDays", "frequency", "monetary");
        int[] labels = new int[rows.length];
        for (int i = 0; i < rows.length; i++) {
            double[] t = new double[features.size()];
            for (int f = 0; f < t.length; f++) {
                t[f] = features.get(f).apply(rows[i][snapshotOrder.indexOf(features.get(f).input())]);
            }
            labels[i] = Centroids.nearest(centroids, scaler.transform(t));
        }
        return labels;
    }

    /** Centroids by decreasing value of a feature; equal values keep their order. */
    private static double[][] orderedByFeatureDescending(double[][] centroids, int feature) {
        Integer[] order = new Integer[centroids.length];
        Arrays.setAll(order, c -> c);
        Arrays.sort(order, Comparator.comparingDouble((Integer c) -> -centroids[c][feature]));
        double[][] ordered = new double[centroids.length][];
        for (int c = 0; c < order.length; c++) {
            ordered[c] = centroids[order[c]];
        }
        return ordered;
    }
}
