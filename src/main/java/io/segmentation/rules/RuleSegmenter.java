package io.segmentation.rules;

import java.math.BigDecimal;
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
        return segment(facts(orders, asOf));
    }

    /**
     * Segments one customer from their facts, as {@link #segment(List, LocalDate)} does from their orders.
     *
     * @param facts the customer's facts from {@link #facts} of a segmenter with this one's festive periods and
     *              loyalty window (the spending amounts may differ)
     * @return the three segments with ids and display names
     */
    public RuleSegments segment(RuleFacts facts) {
        return RuleSegments.of(
                Rule.firstMatch(frequencyRules, facts, FrequencyRules.otherwise()),
                Rule.firstMatch(spendingRules, facts, SpendingRules.otherwise()),
                CategoryRules.preference(facts.spend(), settings, reservedIds));
    }

    /**
     * Reduces one customer's orders to what the rules read: order count, last order date, lifetime and category
     * spend summed in decimal, orders in the festive periods and in the loyalty window of this segmenter's settings.
     *
     * @param orders the customer's orders, one element per distinct order, amounts in the data's currency, in any order
     * @param asOf   the run's reference date
     * @throws IllegalArgumentException when {@code orders} is empty or holds an order dated after {@code asOf}
     * @throws NullPointerException     when {@code orders}, an order or {@code asOf} is null
     */
    public RuleFacts facts(List<OrderFacts> orders, LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf");
        if (orders.isEmpty()) {
            throw new IllegalArgumentException("a customer needs at least one order to be segmented");
        }
        LocalDate last = null;
        BigDecimal lifetime = BigDecimal.ZERO;
        long festive = 0;
        long loyal = 0;
        for (OrderFacts order : orders) {
            LocalDate date = order.date();
            if (date.isAfter(asOf)) {
                throw new IllegalArgumentException("order dated " + date + " is after the reference date "
                        + asOf + "; pass only orders up to asOf");
            }
            last = last == null || date.isAfter(last) ? date : last;
            // why: BigDecimal.valueOf keeps the decimal the data wrote, so 3,333.33 + 3,333.33 + 3,333.34 is 10,000
            lifetime = lifetime.add(BigDecimal.valueOf(order.amount()));
            festive += FrequencyRules.inFestivePeriod(date, settings.festivePeriods()) ? 1 : 0;
            loyal += FrequencyRules.inLoyalWindow(date, asOf, settings.loyalWindowMonths()) ? 1 : 0;
        }
        return new RuleFacts(orders.size(), last, lifetime, CategorySpend.of(orders).byCategory(), festive, loyal, asOf);
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
