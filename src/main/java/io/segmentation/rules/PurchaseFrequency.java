package io.segmentation.rules;

/** The purchase-frequency rule segments, with their stable ids and display names. */
public enum PurchaseFrequency {

    /** Exactly one order. */
    NEW("new", "New"),
    /** Many orders in the recent loyalty window. */
    LOYAL("loyal", "Loyal"),
    /** Most orders in the festive periods. */
    SEASONAL("seasonal", "Seasonal"),
    /** No order in the recent lapse window. */
    LAPSED("lapsed", "Lapsed"),
    /** None of the above. */
    REGULAR("regular", "Regular");

    private final String id;
    private final String displayName;

    PurchaseFrequency(String id, String displayName) {
        this.id = id;
        this.displayName = displayName;
    }

    /** @return the stable id, e.g. {@code "loyal"} */
    public String id() {
        return id;
    }

    /** @return the name shown to people, e.g. {@code "Loyal"} */
    public String displayName() {
        return displayName;
    }

    /**
     * Finds the segment with the given id.
     *
     * @param id a stable id such as {@code "lapsed"}
     * @return the segment
     * @throws IllegalArgumentException when no purchase-frequency segment has that id
     */
    public static PurchaseFrequency fromId(String id) {
        for (PurchaseFrequency segment : values()) {
            if (segment.id.equals(id)) {
                return segment;
            }
        }
        throw new IllegalArgumentException("unknown purchase-frequency segment '" + id
                + "', expected one of new, loyal, seasonal, lapsed, regular");
    }
}
