package io.segmentation.prediction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import io.segmentation.clustering.ClusterNaming;
import io.segmentation.models.ModelRegistry;
import io.segmentation.models.ModelService;
import io.segmentation.models.ModelSummary;
import io.segmentation.models.NoActiveModelException;
import io.segmentation.models.ServingModel;
import io.segmentation.prediction.InvalidFeaturesException.FieldError;
import io.segmentation.rfm.RfmEdges;
import io.segmentation.rfm.RfmScores;
import io.segmentation.rfm.RfmSegmentTable;
import io.segmentation.runs.RunScoringStore;
import io.segmentation.segments.CustomerProfile;
import io.segmentation.segments.SegmentService;
import io.segmentation.segments.UnknownCustomerException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Predicts clusters with the active model of a name, from memory: features need no MongoDB read; customer ids read
 * the customer's stored R, F and M. Validates the whole request first and reports every bad field at once.
 */
@Service
class Predictor {

    private final ModelRegistry registry;
    private final ModelService models;
    private final SegmentService segments;
    private final RunScoringStore edges;
    private final PredictionSettings settings;
    private final RfmSegmentTable rfmTable;

    Predictor(ModelRegistry registry, ModelService models, SegmentService segments, RunScoringStore edges,
              PredictionSettings settings, RfmSegmentTable rfmTable) {
        this.rfmTable = rfmTable;
        this.registry = registry;
        this.models = models;
        this.segments = segments;
        this.edges = edges;
        this.settings = settings;
    }

    /**
     * The model a request uses: the active one of {@code name}, or of the default name.
     *
     * @throws UnknownModelNameException (404) when no version of a name other than the default was ever stored
     * @throws NoActiveModelException    (503) when the name is the default or has versions, none of them active
     */
    ServingModel model(@Nullable String name) {
        String modelName = name == null || name.isBlank() ? models.defaultName() : name.trim();
        Optional<ServingModel> active = registry.active(modelName);
        if (active.isPresent()) {
            return active.get();
        }
        List<String> names = registry.list().stream().map(ModelSummary::name).distinct().sorted().toList();
        if (!modelName.equals(models.defaultName()) && !names.contains(modelName)) {
            throw new UnknownModelNameException(modelName, names);
        }
        throw new NoActiveModelException(modelName);
    }

    /**
     * One prediction.
     *
     * @throws InvalidFeaturesException  listing every bad field
     * @throws UnknownCustomerException  when customerId is not in the published run
     */
    Prediction predictOne(ServingModel model, @Nullable String customerId, @Nullable Map<String, @Nullable Object> features) {
        List<FieldError> errors = new ArrayList<>();
        if ((customerId == null) == (features == null)) {
            throw new InvalidFeaturesException(List.of(new FieldError("request",
                    "give exactly one of customerId, features or instances")));
        }
        if (customerId != null) {
            requireCustomerModel(model, "customerId", errors);
            throwIfAny(errors);
            CustomerProfile customer = segments.customer(customerId);
            return byCustomer(model, customer);
        }
        double[] input = parse(model, features, () -> "features", errors);
        throwIfAny(errors);
        return byFeatures(model, input, scoring(model));
    }

    /**
     * A batch, in instance order: each instance answers its prediction or its own {@link InstanceProblem} (400
     * {@code invalid-features} for bad fields, 404 {@code not-found} for a customer the published run lacks), so one
     * bad instance fails only itself.
     *
     * @throws InvalidFeaturesException when the batch as a whole is malformed: empty or over the instance limit
     */
    BatchPrediction predictBatch(ServingModel model, List<@Nullable PredictionInstance> instances) {
        if (instances.isEmpty() || instances.size() > settings.maxInstances()) {
            throw new InvalidFeaturesException(List.of(new FieldError("instances", "must hold 1 to "
                    + settings.maxInstances() + " instances, has " + instances.size())));
        }
        Object[] results = new Object[instances.size()];
        double[][] inputs = new double[instances.size()][];
        Set<String> ids = new HashSet<>();
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < instances.size(); i++) {
            PredictionInstance instance = instances.get(i);
            errors.clear();
            if (instance == null || (instance.customerId() == null) == (instance.features() == null)) {
                errors.add(new FieldError("instances[" + i + "]", "give exactly one of customerId or features"));
            } else if (instance.customerId() != null) {
                requireCustomerModel(model, "instances[" + i + "].customerId", errors);
                ids.add(instance.customerId());
            } else {
                int index = i;
                inputs[i] = parse(model, instance.features(), () -> "instances[" + index + "].features", errors);
            }
            if (!errors.isEmpty()) {
                results[i] = InstanceProblem.of(i, new InvalidFeaturesException(List.copyOf(errors)));
            }
        }
        Map<String, CustomerProfile> customers = new HashMap<>();
        if (!ids.isEmpty() && ClusterNaming.isRfm(model.features())) {
            // why: one cursor over the published run beats thousands of single reads
            segments.forEachCustomer(null, c -> {
                if (ids.contains(c.customerId())) {
                    customers.put(c.customerId(), c);
                }
            });
        }
        int failed = 0;
        Scoring scoring = scoring(model); // why: once per batch, not per instance (10,000 lookups of the same edges)
        for (int i = 0; i < instances.size(); i++) {
            if (results[i] == null) {
                String id = instances.get(i).customerId();
                if (id == null) {
                    results[i] = byFeatures(model, inputs[i], scoring);
                } else if (customers.containsKey(id)) {
                    results[i] = byCustomer(model, customers.get(id));
                } else {
                    results[i] = InstanceProblem.of(i, new UnknownCustomerException(id));
                }
            }
            if (results[i] instanceof InstanceProblem) {
                failed++;
            }
        }
        return new BatchPrediction(model.name(), model.version(), results.length, results.length - failed, failed,
                List.of(results));
    }

    private Prediction byCustomer(ServingModel model, CustomerProfile c) {
        ServingModel.Assignment a = model.assign(model.rfmInputs(c.recencyDays(), c.frequency(), c.monetary()));
        return new Prediction(c.customerId(), model.name(), model.version(), a.clusterId(), a.name(), a.distance(), a.confidence(),
                c.rScore(), c.fScore(), c.mScore(), c.rfmScore(), c.rfmSegment());
    }

    /**
     * What scores a prediction by features besides the model: the published run's score edges and where R, F and M
     * sit among the model's inputs; no edges when the model does not read exactly R, F and M or nothing is published.
     */
    private record Scoring(@Nullable RfmEdges edges, int recency, int frequency, int monetary) {
    }

    private Scoring scoring(ServingModel model) {
        Optional<RfmEdges> runEdges = ClusterNaming.isRfm(model.features()) ? edges.currentEdges() : Optional.empty();
        List<String> keys = model.inputs();
        return new Scoring(runEdges.orElse(null), keys.indexOf("recencyDays"), keys.indexOf("frequency"),
                keys.indexOf("monetary"));
    }

    private Prediction byFeatures(ServingModel model, double[] input, Scoring scoring) {
        ServingModel.Assignment a = model.assign(input);
        if (scoring.edges() == null) {
            return new Prediction(null, model.name(), model.version(), a.clusterId(), a.name(), a.distance(), a.confidence(),
                    null, null, null, null, null);
        }
        RfmScores s = scoring.edges().scores(input[scoring.recency()], input[scoring.frequency()],
                input[scoring.monetary()]);
        return new Prediction(null, model.name(), model.version(), a.clusterId(), a.name(), a.distance(), a.confidence(),
                s.r(), s.f(), s.m(), s.code(), rfmTable.segmentOf(s).id());
    }

    /**
     * Reads the model's inputs from a features object, adding an error for every missing, bad or unknown key.
     *
     * @param path the features object's path ({@code features}, {@code instances[i].features}), built only for an error
     */
    private static double[] parse(ServingModel model, @Nullable Map<String, @Nullable Object> features,
                                  Supplier<String> path, List<FieldError> errors) {
        List<String> inputs = model.inputs();
        double[] values = new double[inputs.size()];
        Map<String, @Nullable Object> given = features == null ? Map.of() : features;
        for (int f = 0; f < inputs.size(); f++) {
            String key = inputs.get(f);
            Object raw = given.get(key);
            if (raw == null) {
                errors.add(new FieldError(path.get() + "." + key, "is missing; model '" + model.name() + "' reads " + inputs));
                continue;
            }
            if (!(raw instanceof Number number)) {
                boolean nonFinite = raw instanceof String text && !Double.isFinite(parseOrZero(text));
                errors.add(new FieldError(path.get() + "." + key, nonFinite ? "must be finite, was \"" + raw + "\""
                        : "must be a JSON number, was " + (raw instanceof String ? "\"" + raw + "\"" : raw)));
                continue;
            }
            double value = number.doubleValue();
            if (!Double.isFinite(value)) {
                errors.add(new FieldError(path.get() + "." + key, "must be finite, was " + raw));
            } else if (value < 0) {
                errors.add(new FieldError(path.get() + "." + key, "must be >= 0, was " + raw));
            } else {
                values[f] = value;
            }
        }
        if (given.size() == inputs.size() && errors.isEmpty()) {
            return values; // why: every input was found, so no key can be unknown
        }
        for (String key : given.keySet()) {
            if (!inputs.contains(key)) {
                errors.add(new FieldError(path.get() + "." + key, "is not a feature of model '" + model.name() + "', which reads "
                        + inputs));
            }
        }
        return values;
    }

    /** A text's number (so "NaN" and "Infinity" can be told apart from words), 0 when it is none. */
    private static double parseOrZero(String text) {
        try {
            return Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static void requireCustomerModel(ServingModel model, String field, List<FieldError> errors) {
        if (!ClusterNaming.isRfm(model.features())) {
            errors.add(new FieldError(field, "model '" + model.name() + "' reads " + model.inputs()
                    + ", which stored customers do not have; send features instead"));
        }
    }

    private static void throwIfAny(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new InvalidFeaturesException(errors);
        }
    }
}
