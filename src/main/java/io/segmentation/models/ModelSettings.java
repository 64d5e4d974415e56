package io.segmentation.models;

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
 * @param tolerance     convergence tolerance, relative to the data's variance
 */
@ConfigurationProperties("segmentation.models")
record ModelSettings(@DefaultValue("default") String defaultName, @DefaultValue("false") boolean retrainOnRun,
                     @DefaultValue("2") int kMin, @DefaultValue("10") int kMax, @DefaultValue("42") long seed,
                     @DefaultValue("10") int restarts, @DefaultValue("300") int maxIterations,
                     @DefaultValue("1e-4") double tolerance) {

    /** Options from a request's k, range and seed, each falling back to these defaults. */
    TrainingOptions options(@org.jspecify.annotations.Nullable Integer k, @org.jspecify.annotations.Nullable Integer min,
                            @org.jspecify.annotations.Nullable Integer max, @org.jspecify.annotations.Nullable Long requestSeed) {
        if (k != null && (min != null || max != null)) {
            throw new IllegalArgumentException("Give either k or a range (kMin, kMax), not both.");
        }
        int low = k != null ? k : min != null ? min : kMin;
        int high = k != null ? k : max != null ? max : Math.max(kMax, low);
        return new TrainingOptions(low, high, requestSeed != null ? requestSeed : seed, restarts, maxIterations, tolerance);
    }
}
