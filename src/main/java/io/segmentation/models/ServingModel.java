package io.segmentation.models;

import java.util.List;

import io.segmentation.clustering.Centroids;
import io.segmentation.clustering.ModelFeature;
import io.segmentation.clustering.Points;
import io.segmentation.clustering.StandardScaler;

/**
 * A model held in memory for prediction: its features, scaler and centroids as arrays, so assigning a point needs no
 * I/O and allocates one small array. Immutable and thread-safe.
 */
public final class ServingModel {

    private final ClusterModel model;
    private final List<ModelFeature> features;
    private final List<String> inputs;
    private final double[] means;
    private final double[] scales;
    private final double[][] centroids;

    /**
     * @throws IllegalArgumentException when the model's shapes disagree or hold non-finite values
     */
    public ServingModel(ClusterModel model) {
        this.model = model;
        this.features = model.featureNames().stream().map(ModelFeature::parse).toList();
        this.inputs = features.stream().map(ModelFeature::input).toList();
        StandardScaler scaler = model.scaler().toScaler();
        if (scaler.features() != features.size()) {
            throw new IllegalArgumentException("the scaler has " + scaler.features() + " features, the model "
                    + features.size());
        }
        this.means = scaler.means();
        this.scales = scaler.scales();
        this.centroids = new double[model.centroids().size()][];
        for (int c = 0; c < centroids.length; c++) {
            centroids[c] = ScalerParameters.unboxed(model.centroids().get(c));
        }
        Points.requireMatrix(centroids, "centroids");
        if (centroids[0].length != features.size() || model.clusters().size() != centroids.length) {
            throw new IllegalArgumentException("model " + model.version() + " has " + centroids.length + " centroids of "
                    + centroids[0].length + " values and " + model.clusters().size() + " cluster profiles for "
                    + features.size() + " features");
        }
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
     * The nearest cluster of a point given in input units (feature order); ties go to the lower cluster id.
     *
     * @param input one value per input, finite (and > -1 for a log1p feature)
     * @return the cluster and the Euclidean distance to its centroid in scaled space
     */
    public Assignment assign(double[] input) {
        if (input.length != means.length) {
            throw new IllegalArgumentException("expected " + means.length + " inputs, got " + input.length);
        }
        double[] scaled = new double[input.length];
        for (int f = 0; f < input.length; f++) {
            scaled[f] = (features.get(f).apply(input[f]) - means[f]) / scales[f];
        }
        int best = Centroids.nearest(centroids, scaled);
        ClusterProfile cluster = model.clusters().get(best);
        return new Assignment(best, cluster.id(), cluster.name(), Centroids.distance(centroids[best], scaled));
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
     */
    public record Assignment(int index, String clusterId, String name, double distance) {
    }
}
