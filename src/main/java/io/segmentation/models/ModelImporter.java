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
import io.segmentation.clustering.Preprocessing;
import io.segmentation.clustering.StandardScaler;
import io.segmentation.rfm.RfmSegmentTable;
import org.jspecify.annotations.Nullable;

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
        // why: with a PCA (our export) the centroids have one value per component, not per feature
        int dims = request.preprocessing() != null && request.preprocessing().pca() != null
                ? request.preprocessing().pca().components() : d;
        List<List<Double>> centers = request.centroids() == null ? List.of() : request.centroids();
        if (centers.isEmpty()) {
            errors.add("cluster_centers (centroids) is missing or empty");
        }
        double[][] centroids = new double[centers.size()][];
        for (int c = 0; c < centers.size(); c++) {
            List<Double> row = centers.get(c) == null ? List.of() : centers.get(c);
            centroids[c] = ScalerParameters.unboxed(row);
            if (row.size() != dims || Arrays.stream(centroids[c]).anyMatch(v -> !Double.isFinite(v))) {
                errors.add("cluster_centers[" + c + "] needs " + dims + " finite values");
            }
        }
        if (!errors.isEmpty()) {
            throw new IllegalArgumentException("The model cannot be imported: " + String.join("; ", errors) + ".");
        }
        List<ModelFeature> parsed = features.stream().map(ModelFeature::parse).toList();
        Preprocessing preprocessing = preprocessing(parsed, new StandardScaler(means, scales), request.preprocessing(),
                centroids);
        double[][] ordered = orderedByFeatureDescending(preprocessing, centroids, ModelTraining.orderingFeature(parsed));
        Optional<RfmSnapshot> snapshot = ClusterNaming.isRfm(parsed) ? published.get() : Optional.empty();
        int[] labels = snapshot.map(s -> labels(preprocessing, ordered, s.rows())).orElse(null);
        // why: the names come from the imported centroids alone, not from the published run's score edges (which
        // would name the same import differently after every run); the run only sizes the clusters
        List<ClusterProfile> clusters = ModelTraining.profiles(preprocessing, preprocessing.isStandard() ? null
                        : preprocessing.scaler(), ordered, labels, snapshot.map(RfmSnapshot::monetary).orElse(null), null,
                rfmTable);
        return new ModelTraining.Fit(preprocessing, ordered, List.of(), labels == null ? new int[0] : labels, clusters);
    }

    /**
     * The import's preprocessing: its scaler kind and PCA when given (our export), else z-score without PCA.
     *
     * @throws IllegalArgumentException when the scaler kind is unknown or the PCA does not fit the features and centroids
     */
    private static Preprocessing preprocessing(List<ModelFeature> features, StandardScaler scaler,
                                               @Nullable PreprocessingParameters given, double[][] centroids) {
        Preprocessing p;
        try {
            p = PreprocessingParameters.toPreprocessing(features.stream().map(ModelFeature::name).toList(),
                    ScalerParameters.of(scaler), given);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("The model cannot be imported: preprocessing: " + e.getMessage() + ".");
        }
        for (int c = 0; c < centroids.length; c++) {
            if (centroids[c].length != p.dimensions()) {
                throw new IllegalArgumentException("The model cannot be imported: cluster_centers[" + c + "] needs "
                        + p.dimensions() + " values (the PCA's components).");
            }
        }
        return p;
    }

    /** Each row's nearest centroid; rows are in input units and in R, F, M order as the snapshot holds them. */
    private static int[] labels(Preprocessing preprocessing, double[][] centroids, double[][] rows) {
        List<ModelFeature> features = preprocessing.features();
        List<String> snapshotOrder = List.of("recencyDays", "frequency", "monetary");
        int[] labels = new int[rows.length];
        for (int i = 0; i < rows.length; i++) {
            double[] t = new double[features.size()];
            for (int f = 0; f < t.length; f++) {
                t[f] = rows[i][snapshotOrder.indexOf(features.get(f).input())];
            }
            labels[i] = Centroids.nearest(centroids, preprocessing.toModelSpace(t));
        }
        return labels;
    }

    /** Centroids by decreasing value of a feature (read in feature units through a PCA); equal values keep their order. */
    private static double[][] orderedByFeatureDescending(Preprocessing preprocessing, double[][] centroids, int feature) {
        Integer[] order = new Integer[centroids.length];
        Arrays.setAll(order, c -> c);
        double[] value = new double[centroids.length];
        for (int c = 0; c < centroids.length; c++) {
            value[c] = preprocessing.pca() == null ? centroids[c][feature] : preprocessing.toTransformed(centroids[c])[feature];
        }
        Arrays.sort(order, Comparator.comparingDouble((Integer c) -> -value[c]));
        double[][] ordered = new double[centroids.length][];
        for (int c = 0; c < order.length; c++) {
            ordered[c] = centroids[order[c]];
        }
        return ordered;
    }
}
