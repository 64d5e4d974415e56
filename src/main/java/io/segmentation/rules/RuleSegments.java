package io.segmentation.rules;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A customer's three rule segments, each as a stable id and a display name.
 *
 * @param purchaseFrequency {@code new}, {@code loyal}, {@code seasonal}, {@code lapsed} or {@code regular}
 * @param spending {@code high-value}, {@code medium-value} or {@code low-value}
 * @param category the dominant category's slug (e.g. {@code womens}), {@code family}, {@code mixed} or
 *        {@code unknown}
 * @param purchaseFrequencyName e.g. {@code Loyal}
 * @param spendingName e.g. {@code High Value}
 * @param categoryName the category name as in the data (e.g. {@code Womens}), {@code Family}, {@code Mixed} or
 *        {@code Unknown}
 */
public record RuleSegments(String purchaseFrequency, String spending, String category,
                           String purchaseFrequencyName, String spendingName, String categoryName) {

    /**
     * Checks the ids and requires every name.
     *
     * @throws IllegalArgumentException when the purchase-frequency or spending id is unknown, or the category id blank
     * @throws NullPointerException when a name is null
     */
    public RuleSegments {
        PurchaseFrequency.fromId(purchaseFrequency);
        Spending.fromId(spending);
        if (category == null || category.isBlank()) {
            throw new IllegalArgumentException("category segment id must not be blank");
        }
        Objects.requireNonNull(purchaseFrequencyName, "purchaseFrequencyName");
        Objects.requireNonNull(spendingName, "spendingName");
        Objects.requireNonNull(categoryName, "categoryName");
    }

    /**
     * Segments from ids alone (e.g. read back from storage); names come from {@link PurchaseFrequency},
     * {@link Spending} and {@link CategoryPreference#fromId(String)}, so a dominant category's name is guessed from
     * its slug.
     *
     * @param purchaseFrequency a purchase-frequency id
     * @param spending a spending id
     * @param category a category-preference id
     * @throws IllegalArgumentException when an id is unknown or blank
     */
    public RuleSegments(String purchaseFrequency, String spending, String category) {
        this(purchaseFrequency, spending, category,
                PurchaseFrequency.fromId(purchaseFrequency).displayName(),
                Spending.fromId(spending).displayName(),
                CategoryPreference.fromId(category).name());
    }

    /**
     * Segments from the three dimension values.
     *
     * @param frequency the purchase-frequency segment
     * @param spending the spending segment
     * @param category the category preference
     * @return the segments with ids and display names
     */
    public static RuleSegments of(PurchaseFrequency frequency, Spending spending, CategoryPreference category) {
        return new RuleSegments(frequency.id(), spending.id(), category.id(),
                frequency.displayName(), spending.displayName(), category.name());
    }

    /**
     * The display names keyed by dimension, in the seed export's shape, e.g.
     * {@code {"purchase_frequency": "Loyal", "spending": "High Value", "category": "Womens"}}.
     *
     * @return an ordered, unmodifiable map of {@link RuleSegmentDefinition#PURCHASE_FREQUENCY},
     *         {@link RuleSegmentDefinition#SPENDING} and {@link RuleSegmentDefinition#CATEGORY} to display names
     */
    public Map<String, String> displayLabels() {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put(RuleSegmentDefinition.PURCHASE_FREQUENCY, purchaseFrequencyName);
        labels.put(RuleSegmentDefinition.SPENDING, spendingName);
        labels.put(RuleSegmentDefinition.CATEGORY, categoryName);
        return Collections.unmodifiableMap(labels);
    }
}
