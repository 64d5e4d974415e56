package io.segmentation.clustering;

import java.util.Locale;

/** How k is chosen over a range: at the elbow of the inertia curve (Kneedle) or by the highest silhouette. */
public enum KSelectionRule {

    /** The knee of inertia against k, by {@link Kneedle}: the k after which more clusters stop paying. */
    ELBOW,

    /** The highest mean silhouette (the smallest k on a tie). */
    SILHOUETTE;

    /** The lower-case name used in requests and stored models: {@code elbow}, {@code silhouette}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses {@code elbow} or {@code silhouette}, ignoring case.
     *
     * @throws IllegalArgumentException for anything else
     */
    public static KSelectionRule parse(String text) {
        for (KSelectionRule rule : values()) {
            if (rule.id().equalsIgnoreCase(text.trim())) {
                return rule;
            }
        }
        throw new IllegalArgumentException("kSelection must be elbow, silhouette or a fixed k (give k), was '" + text + "'");
    }
}
