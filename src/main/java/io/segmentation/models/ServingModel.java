package io.segmentation.models;

import java.util.List;

import io.segmentation.clustering.Centroids;
import io.segmentation.clustering.GaussianMixture;
import io.segmentation.clustering.ModelFeature;
import io.segmentation.clustering.Points;
import io.segmentation.clustering.Preprocessing;
import org.jspecify.annotations.Nullable;

/**
 * A model held in memory for prediction: its preprocessing (log1p per input, scaler, optional PCA) and centroids as
 * arrays, so assigning a point needs no I/O and allocates a few small arrays. Immutable and thread-safe.
 */
public final class ServingModel {

    private final ClusterModel model;
    private final List<ModelFeature> features;
    private final List<String> inputs;
    private final Preprocessing preprocessing;
    private final double[][] centroids;
    private final String algorithm;
    private final GaussianMixture.@Nullable Fit mixture;
    private final double[][] corePoints;
    private final int[] coreClusters;
    private final double eps;
    private final int minSamples;

    /**
     * @throws IllegalArgumentException when the model's shapes disagree or hold non-finite values
     */
    public ServingModel(ClusterModel model) {
        this.model = model;
        this.features = model.featureNames().stream().map(ModelFeature::parse).toList();
        this.inputs = features.stream().map(ModelFeature::input).toList();
        this.preprocessing = PreprocessingParameters.toPreprocessing(model.featureNames(), model.scaler(),
                model.preprocessing());
        this.centroids = new double[model.centroids().size()][];
        for (int c = 0; c < centroids.length; c++) {
            centroids[c] = ScalerParameters.unboxed(model.centroids().get(c));
        }
        Points.requireMatrix(centroids, "centroids");
        if (centroids[0].length != preprocessing.dimensions() || model.clusters().size() != centroids.length) {
            throw new IllegalArgumentException("model " + model.version() + " has " + centroids.length + " centroids of "
                    + centroids[0].length + " values and " + model.clusters().size() + " cluster profiles for "
                    + preprocessing.dimensions() + " dimensions");
        }
        // why: models stored before algorithms existed have none and are k-means
        this.algorithm = model.algorithm() == null ? "kmeans" : model.algorithm();
        AlgorithmParameters p = model.parameters();
        this.mixture = algorithm.equals("gmm") && p != null && p.weights() != null && p.covariances() != null
                ? mixture(p) : null;
        if (algorithm.equals("dbscan")) {
            if (p == null || p.corePoints() == null || p.coreClusters() == null || p.eps() == null || p.minSamples() == null) {
                throw new IllegalArgumentException("dbscan model " + model.version() + " lacks its core points, eps or minSamples");
            }
            this.corePoints = p.corePoints().stream().map(ScalerParameters::unboxed).toArray(double[][]::new);
            this.coreClusters = p.coreClusters().stream().mapToInt(Integer::intValue).toArray();
            this.eps = p.eps();
            this.minSamples = p.minSamples();
        } else {
            this.corePoints = new double[0][];
            this.coreClusters = new int[0];
            this.eps = 0;
            this.minSamples = 0;
        }
    }

    private GaussianMixture.Fit mixture(AlgorithmParameters p) {
        int k = centroids.length;
        double[] weights = ScalerParameters.unboxed(p.weights());
        double[][][] covariances = new double[k][][];
        for (int c = 0; c < k; c++) {
            covariances[c] = p.covariances().get(c).stream().map(ScalerParameters::unboxed).toArray(double[][]::new);
        }
        return new GaussianMixture.Fit(weights, centroids, covariances, p.logLikelihood() == null ? 0 : p.logLikelihood(),
                new int[0], 0, true);
    }

    /** {@code kmeans}, {@code gmm}, {@code dbscan} or {@code ward}. */
    public String algorithm() {
        return algorithm;
    }

    /** The stored model. */
    public ClusterModel model() {
        return model;
    }

    public int version() {
        return model.version();
    }

    public String name() {
        return model.name();
    }

    /** The input keys a caller sends, in feature order (e.g. recencyDays, frequency, monetary). */
    public List<String> inputs() {
        return inputs;
    }

    public List<ModelFeature> features() {
        return features;
    }

    /**
     * The cluster of a point given in input units (feature order): the nearest centroid (kmeans, ward; ties to the
     * lower index), the highest posterior (gmm), or the cluster of the nearest core point within eps, else noise
     * (dbscan).
     *
     * @param input one value per input, finite (and > -1 for a log1p feature)
     * @return the cluster, the Euclidean distance to its centroid in model space (scaled, projected by the PCA if
     *         any), and the confidence
     */
    public Assignment assign(double[] input) {
        if (input.length != features.size()) {
            throw new IllegalArgumentException("expected " + features.size() + " inputs, got " + input.length);
        }
        double[] scaled = preprocessing.toModelSpace(input);
        int best;
        double confidence;
        if (mixture != null) {
            double[] posteriors = mixture.posteriors(scaled);
            best = 0;
            for (int c = 1; c < posteriors.length; c++) {
                best = posteriors[c] > posteriors[best] ? c : best;
            }
            confidence = posteriors[best];
        } else if (algorithm.equals("dbscan")) {
            int nearest = -1;
            double nearestDistance = Double.POSITIVE_INFINITY;
            int within = 0;
            for (int p = 0; p < corePoints.length; p++) {
                double distance = Centroids.distance(corePoints[p], scaled);
                within += distance <= eps ? 1 : 0;
                if (distance < nearestDistance) {
                    nearestDistance = distance;
                    nearest = p;
                }
            }
            if (nearest < 0 || nearestDistance > eps) {
                best = noiseIndex();
                confidence = 0;
            } else {
                best = coreClusters[nearest];
                // why: a point with minSamples - 1 core neighbours (itself the minSamples-th) would be a core point
                // itself: certain; a border point is as sure as the share of that density it has
                confidence = within + 1 >= minSamples ? 1.0 : (double) (within + 1) / minSamples;
            }
        } else {
            best = Centroids.nearest(centroids, scaled);
            confidence = margin(scaled, best);
        }
        ClusterProfile cluster = model.clusters().get(best);
        return new Assignment(best, cluster.id(), cluster.name(), Centroids.distance(centroids[best], scaled),
                round(confidence));
    }

    /**
     * The relative margin (d2 - d1) / d2 between the nearest (d1) and second-nearest (d2) centroid: 1 on a centroid,
     * 0 half-way between two; 1 when there is one cluster.
     */
    private double margin(double[] scaled, int best) {
        double nearest = Centroids.distance(centroids[best], scaled);
        double second = Double.POSITIVE_INFINITY;
        for (int c = 0; c < centroids.length; c++) {
            if (c != best) {
                second = Math.min(second, Centroids.distance(centroids[c], scaled));
            }
        }
        return second == Double.POSITIVE_INFINITY || second == 0 ? 1.0 : (second - nearest) / second;
    }

    private int noiseIndex() {
        for (int c = 0; c < model.clusters().size(); c++) {
            if (model.clusters().get(c).id().equals(ModelTraining.NOISE_ID)) {
                return c;
            }
        }
        throw new IllegalStateException("dbscan model " + model.version() + " has no noise cluster for a point outside eps");
    }

    private static double round(double value) {
        return Math.round(value * 10_000.0) / 10_000.0;
    }

    /**
     * A customer's R, F and M in this model's input order, for models that read only those inputs.
     *
     * @param recencyDays whole days since the last purchase, >= 0
     * @param frequency   distinct orders, >= 1
     * @param monetary    total spend in the data's currency
     * @throws IllegalArgumentException when the model reads an input customers do not have (an attributes model)
     */
    public double[] rfmInputs(double recencyDays, double frequency, double monetary) {
        double[] values = new double[inputs.size()];
        for (int f = 0; f < values.length; f++) {
            values[f] = switch (inputs.get(f)) {
                case "recencyDays" -> recencyDays;
                case "frequency" -> frequency;
                case "monetary" -> monetary;
                default -> throw new IllegalArgumentException("customers have no input " + inputs.get(f));
            };
        }
        return values;
    }

    /**
     * A point's cluster.
     *
     * @param index     cluster index, 0..k-1
     * @param clusterId {@code cluster-<index>}
     * @param name      the cluster's name
     * @param distance  Euclidean distance to the centroid in scaled space
     * @param confidence 0-1: gmm the posterior; kmeans and ward the relative margin between the nearest and the
     *                   second-nearest centroid; dbscan 1 for a core point, less for a border point, 0 for noise
     */
    public record Assignment(int index, String clusterId, String name, double distance, double confidence) {
    }
}
