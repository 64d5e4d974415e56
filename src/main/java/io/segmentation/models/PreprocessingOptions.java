package io.segmentation.models;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import io.segmentation.clustering.ScalerKind;
import org.jspecify.annotations.Nullable;

/**
 * The preprocessing a training request asks for; {@link #DEFAULT} is the behaviour before it could be chosen.
 *
 * @param log1p         inputs that take ln(1 + x); null: every input for R/F/M models, none for attributes files
 * @param scaler        how features are scaled
 * @param pca           principal components to keep after scaling, or null for none
 * @param missingValues attributes files: drop rows with a missing feature, or impute the median or mean
 */
record PreprocessingOptions(@Nullable List<String> log1p, ScalerKind scaler, @Nullable Integer pca,
                            MissingValues missingValues) {

    /** log1p on every R/F/M input, z-score, no PCA, rows with a missing value dropped. */
    static final PreprocessingOptions DEFAULT = new PreprocessingOptions(null, ScalerKind.STANDARD, null, MissingValues.DROP);

    /**
     * Parses a request's fields, each null for its default.
     *
     * @throws InvalidPreprocessingException naming the field and its allowed values when one is unknown
     */
    static PreprocessingOptions parse(@Nullable List<String> log1p, @Nullable String scaler, @Nullable Integer pca,
                                      @Nullable String missingValues) {
        ScalerKind kind;
        try {
            kind = scaler == null || scaler.isBlank() ? ScalerKind.STANDARD : ScalerKind.parse(scaler);
        } catch (IllegalArgumentException e) {
            throw new InvalidPreprocessingException("scaler", scaler, ScalerKind.ids());
        }
        MissingValues missing;
        try {
            missing = missingValues == null || missingValues.isBlank() ? MissingValues.DROP : MissingValues.parse(missingValues);
        } catch (IllegalArgumentException e) {
            throw new InvalidPreprocessingException("missingValues", missingValues, MissingValues.ids());
        }
        List<String> inputs = log1p == null ? null : log1p.stream().map(String::trim).filter(s -> !s.isEmpty()).toList();
        return new PreprocessingOptions(inputs, kind, pca, missing);
    }

    /**
     * The feature names for these inputs: {@code log1p(x)} for an input that takes log1p, else {@code x}.
     *
     * @param logByDefault whether every input takes log1p when the request names none (R/F/M models)
     * @throws InvalidPreprocessingException when log1p names an input the model does not read, or pca exceeds the
     *                                       number of features
     */
    List<String> featureNames(List<String> inputs, boolean logByDefault) {
        if (log1p != null) {
            for (String input : log1p) {
                if (!inputs.contains(input)) {
                    throw new InvalidPreprocessingException("log1p", input, inputs);
                }
            }
        }
        List<String> names = new ArrayList<>();
        for (String input : inputs) {
            boolean logged = log1p == null ? logByDefault : log1p.contains(input);
            names.add(logged ? "log1p(" + input + ")" : input);
        }
        if (pca != null && (pca < 1 || pca > names.size())) {
            throw new InvalidPreprocessingException("pca", pca,
                    IntStream.rangeClosed(1, names.size()).mapToObj(String::valueOf).toList());
        }
        return names;
    }
}
