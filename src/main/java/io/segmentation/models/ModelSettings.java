package io.segmentation.models;

import io.segmentation.clustering.Algorithm;
import io.segmentation.clustering.KSelectionRule;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Model training defaults and whether runs retrain.
 *
 * @param defaultName   name of the model runs use to assign clusters
 * @param retrainOnRun  train (and activate) a new default model on every run, instead of only when none exists
 * @param kMin          smallest k tried when a request gives neither k nor a range
 * @param kMax          largest k tried when a request gives neither k nor a range
 * @param seed          seed when a request gives none
 * @param restarts      k-means++ restarts per k
 * @param maxIterations Lloyd iteration cap per restart
 * @param tolerance     convergence tolerance, relative to the data's variance; 0 (the default) iterates until an
 *                      assignment pass changes no label, or the iteration cap
 * @param kSelection    how k is chosen over the range: {@code elbow} (default) or {@code silhouette}
 * @param retrainOnDrift train (and activate) a new default model in a run when a feature's PSI on the run's
 *                      customers exceeds 0.25 against the active model's training data
 */
@ConfigurationProperties("segmentation.models")
record ModelSettings(@DefaultValue("default") String defaultName, @DefaultValue("false") boolean retrainOnRun,
                     @DefaultValue("2") int kMin, @DefaultValue("10") int kMax, @DefaultValue("42") long seed,
                     @DefaultValue("20") int restarts, @DefaultValue("300") int maxIterations,
                     @DefaultValue("0") double tolerance, @DefaultValue("elbow") String kSelection,
                     @DefaultValue("false") boolean retrainOnDrift) {

    /** Options from a request's k, range and seed, each falling back to these defaults. */
    TrainingOptions options(@Nullable Integer k, @Nullable Integer min, @Nullable Integer max, @Nullable Long requestSeed) {
        return options(k, min, max, requestSeed, null);
    }

    /**
     * Options as {@link #options(Integer, Integer, Integer, Long)}, with the request's k selection rule
     * ({@code elbow}, {@code silhouette}; null: the configured one).
     *
     * @throws IllegalArgumentException when k and a range are both given, or the rule is unknown
     */
    TrainingOptions options(@Nullable Integer k, @Nullable Integer min, @Nullable Integer max, @Nullable Long requestSeed,
                            @Nullable String requestSelection) {
        return options(k, min, max, requestSeed, requestSelection, null, null, null);
    }

    /**
     * Options for an algorithm ({@code kmeans} when null) and, for dbscan, its eps and minSamples.
     *
     * @throws IllegalArgumentException when k and a range are both given, or the rule or algorithm is unknown
     */
    TrainingOptions options(@Nullable Integer k, @Nullable Integer min, @Nullable Integer max, @Nullable Long requestSeed,
                            @Nullable String requestSelection, @Nullable String algorithm, @Nullable Double eps,
                            @Nullable Integer minSamples) {
        Algorithm chosen = algorithm == null || algorithm.isBlank() ? Algorithm.KMEANS : Algorithm.parse(algorithm);
        return base(k, min, max, requestSeed, requestSelection).with(chosen, eps, minSamples);
    }

    private TrainingOptions base(@Nullable Integer k, @Nullable Integer min, @Nullable Integer max,
                                 @Nullable Long requestSeed, @Nullable String requestSelection) {
        KSelectionRule rule = KSelectionRule.parse(requestSelection != null ? requestSelection : kSelection);
        if (k != null && (min != null || max != null)) {
            throw new IllegalArgumentException("Give either k or a range (kMin, kMax), not both.");
        }
        int low = k != null ? k : min != null ? min : kMin;
        int high = k != null ? k : max != null ? max : Math.max(kMax, low);
        return new TrainingOptions(low, high, requestSeed != null ? requestSeed : seed, restarts, maxIterations, tolerance,
                rule);
    }
}
