package io.segmentation.rules;

/** The spending rule segments, with their stable ids and display names. */
public enum Spending {

    /** High average order value or high lifetime spend. */
    HIGH_VALUE("high-value", "High Value"),
    /** Neither high nor low. */
    MEDIUM_VALUE("medium-value", "Medium Value"),
    /** Low lifetime spend. */
    LOW_VALUE("low-value", "Low Value");

    private final String id;
    private final String displayName;

    Spending(String id, String displayName) {
        this.id = id;
        this.displayName = displayName;
    }

    /** @return the stable id, e.g. {@code "high-value"} */
    public String id() {
        return id;
    }

    /** @return the name shown to people, e.g. {@code "High Value"} */
    public String displayName() {
        return displayName;
    }

    /**
     * Finds the segment with the given id.
     *
     * @param id a stable id such as {@code "low-value"}
     * @return the segment
     * @throws IllegalArgumentException when no spending segment has that id
     */
    public static Spending fromId(String id) {
        for (Spending segment : values()) {
            if (segment.id.equals(id)) {
                return segment;
            }
        }
        throw new IllegalArgumentException("unknown spending segment '" + id
                + "', expected one of high-value, medium-value, low-value");
    }
}
