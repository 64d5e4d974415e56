package io.segmentation.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** Assigns a customer's purchase-frequency, spending and category rule segments from their orders. */
public final class RuleSegmenter {

    private final RuleSettings settings;
    private final List<Rule<PurchaseFrequency>> frequencyRules;
    private final List<Rule<Spending>> spendingRules;
    private final Set<String> reservedIds;

    /**
     * A segmenter with the given thresholds.
     *
     * @param settings the thresholds, e.g. {@link RuleSettings#defaults()}
     */
    public RuleSegmenter(RuleSettings settings) {
        this(settings, Set.of());
    }

    private RuleSegmenter(RuleSettings settings, Set<String> reservedIds) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.frequencyRules = FrequencyRules.inOrder(settings);
        this.spendingRules = SpendingRules.inOrder(settings);
        this.reservedIds = Set.copyOf(reservedIds);
    }

    /**
     * This segmenter with more ids a dominant category's id must keep apart from (besides
     * {@link CategoryPreference#SYSTEM_IDS}), e.g. a configured RFM segment table's ids.
     */
    public RuleSegmenter withReservedIds(Set<String> ids) {
        return new RuleSegmenter(settings, ids);
    }

    /** The ids given to {@link #withReservedIds}. */
    public Set<String> reservedIds() {
        return reservedIds;
    }

    /**
     * Segments one customer; in each dimension the first matching rule wins.
     *
     * <ul>
     * <li>purchase frequency: {@code new} (exactly 1 order), {@code loyal} (at least {@code loyalMinOrders} orders
     * dated after {@code asOf.minusMonths(loyalWindowMonths)}), {@code seasonal} (at least {@code seasonalShare} of
     * the orders in a festive period), {@code lapsed} (last order on or before {@code asOf.minusDays(lapsedDays)},
     * i.e. recency {@code >= lapsedDays}), else {@code regular};</li>
     * <li>spending: {@code high-value} (average order value {@code >= highAverageOrderValue} or lifetime spend
     * {@code >= highLifetimeValue}), {@code low-value} (lifetime spend {@code <= lowLifetimeValue}), else
     * {@code medium-value};</li>
     * <li>category, over the category amounts summed across all orders: {@code unknown} (no categorised spend), the
     * dominant category's slug (a category with {@code >= dominantCategoryShare} of it), {@code family} (2 or more
     * categories with {@code >= familyCategoryShare} each), else {@code mixed}.</li>
     * </ul>
     * Amounts and shares are compared exactly in decimal, so a value on a threshold counts as reaching it.
     *
     * @param orders the customer's orders, one element per distinct order, amounts in the data's currency
     * @param asOf the run's reference date (by default the day after the latest purchase in the data); every window
     *        ("last 6 months", "last 90 days") is measured back from it, excluding its start day
     * @return the three segments with ids and display names
     * @throws IllegalArgumentException when {@code orders} is empty or holds an order dated after {@code asOf}
     * @throws NullPointerException when {@code orders}, an order or {@code asOf} is null
     */
    public RuleSegments segment(List<OrderFacts> orders, LocalDate asOf) {
        OrderHistory history = new OrderHistory(orders, asOf);
        return RuleSegments.of(
                Rule.firstMatch(frequencyRules, history, FrequencyRules.otherwise()),
                Rule.firstMatch(spendingRules, history, SpendingRules.otherwise()),
                CategoryRules.preference(history.categorySpend(), settings, reservedIds));
    }

    /**
     * The catalogue of this segmenter's fixed rule segments.
     *
     * @return {@link RuleSegmentDefinition#definitions(RuleSettings)} for this segmenter's settings
     */
    public List<RuleSegmentDefinition> definitions() {
        return RuleSegmentDefinition.definitions(settings);
    }

    /** @return the thresholds in force */
    public RuleSettings settings() {
        return settings;
    }
}
