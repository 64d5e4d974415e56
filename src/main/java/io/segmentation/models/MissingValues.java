package io.segmentation.models;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** What training on an attributes file does with a row whose feature is empty or not a number. */
enum MissingValues {

    /** Leave the row out, counted under its first missing feature (the default). */
    DROP,

    /** Fill the value with the feature's median over the rows that have it. */
    MEDIAN,

    /** Fill the value with the feature's mean over the rows that have it. */
    MEAN;

    /** The name used in requests and stored models: {@code drop}, {@code median} or {@code mean}. */
    String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    static List<String> ids() {
        return Arrays.stream(values()).map(MissingValues::id).toList();
    }

    /**
     * Parses {@code drop}, {@code median} or {@code mean}, ignoring case.
     *
     * @throws IllegalArgumentException for anything else
     */
    static MissingValues parse(String text) {
        for (MissingValues m : values()) {
            if (m.id().equals(text.trim().toLowerCase(Locale.ROOT))) {
                return m;
            }
        }
        throw new IllegalArgumentException("missingValues must be one of " + ids() + ", was '" + text + "'");
    }
}
