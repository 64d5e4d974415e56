package io.segmentation.runs;

import io.segmentation.rules.SpendingThresholds;

import io.segmentation.rules.RuleSettings;

import org.jspecify.annotations.Nullable;

import io.segmentation.segments.CustomerClv;

import io.segmentation.clv.CustomerSummary;

import io.segmentation.clv.CustomerScore;

import io.segmentation.clv.ClvEstimation;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.segmentation.purchases.Order;
import io.segmentation.rfm.QuintileScorer;
import io.segmentation.rfm.ReferenceDate;
import io.segmentation.rfm.RfmCalculator;
import io.segmentation.rfm.RfmMetrics;
import io.segmentation.rfm.RfmScores;
import io.segmentation.rfm.RfmSegmentRule;
import io.segmentation.rfm.RfmSegmentTable;
import io.segmentation.rules.OrderFacts;
import io.segmentation.rules.RuleSegmentDefinition;
import io.segmentation.rules.RuleSegmenter;
import io.segmentation.rules.RuleSegments;
import io.segmentation.segments.CustomerProfile;
import io.segmentation.segments.SegmentDefinition;
import io.segmentation.segments.SegmentProfile;
import io.segmentation.segments.SegmentProfiler;

/**
 * The numerical core of a run, in memory and without I/O: orders per customer in (from a map, or one customer at a
 * time from MongoDB), folded into {@link CustomerFacts}; customer profiles (metrics, scores, RFM and rule segments,
 * lifetime value) and segment profiles out.
 */
public final class SegmentationPipeline {

    private final RfmSegmentTable rfmTable;
    private final RuleSegmenter ruleSegmenter;
    private final ZoneId zone;
    private final ClvSettings clv;
    private final SpendingThresholds spending;

    /** A pipeline whose spending segments use the segmenter's fixed amounts. */
    public SegmentationPipeline(RfmSegmentTable rfmTable, RuleSegmenter ruleSegmenter, ZoneId zone, ClvSettings clv) {
        this(rfmTable, ruleSegmenter, zone, clv, SpendingThresholds.FIXED);
    }

    /**
     * @param spending how the spending amounts are chosen: fixed (the segmenter's) or percentiles of each run's
     *                 customers
     */
    public SegmentationPipeline(RfmSegmentTable rfmTable, RuleSegmenter ruleSegmenter, ZoneId zone, ClvSettings clv,
                                SpendingThresholds spending) {
        this.rfmTable = rfmTable;
        this.spending = spending;
        // why: a category named like a configured RFM segment must not take its id (ids are unique per run)
        this.ruleSegmenter = ruleSegmenter.withReservedIds(
                rfmTable.rules().stream().map(RfmSegmentRule::id).collect(java.util.stream.Collectors.toSet()));
        this.zone = zone;
        this.clv = clv;
    }

    /** This pipeline with other rule thresholds (a run's overrides), its spending amounts as the thresholds say. */
    public SegmentationPipeline withRuleSegmenter(RuleSegmenter segmenter, SpendingThresholds newSpending) {
        return new SegmentationPipeline(rfmTable, segmenter, zone, clv, newSpending);
    }

    /**
     * The profiles of a run.
     *
     * @param ordersByCustomer every customer's distinct orders (not empty lists)
     * @param asOfSetting      {@code auto}, {@code today} or an ISO date; orders after the reference date are left out
     * @param today            today's date in the zone
     * @throws IllegalArgumentException when the asOf setting is invalid
     */
    public Result compute(Map<String, List<Order>> ordersByCustomer, String asOfSetting, LocalDate today) {
        return compute(CustomerOrders.of(ordersByCustomer), asOfSetting, today);
    }

    /**
     * The profiles of a run from orders handed over one customer at a time: each customer's orders are folded into
     * {@link CustomerFacts} as they arrive, so the run holds facts per customer, not orders.
     *
     * @param orders        every customer's distinct orders, from memory or from MongoDB
     * @param asOfSetting   {@code auto}, {@code today} or an ISO date; orders after the reference date are left out
     * @param today         today's date in the zone
     * @throws IllegalArgumentException when the asOf setting is invalid
     * @throws IllegalStateException    when {@code orders} hands over a customer twice
     */
    public Result compute(CustomerOrders orders, String asOfSetting, LocalDate today) {
        LocalDate latest = orders.latestPurchase(zone);
        if (latest == null) {
            LocalDate asOf = ReferenceDate.resolve(asOfSetting, today.minusDays(1), today);
            return new Result(asOf, List.of(), segmentProfiles(ruleSegmenter, List.of(), List.of()),
                    ClvReport.of(ClvEstimation.estimate(List.of(), clv.options(), clv.minRepeatCustomers()), clv),
                    spendingReport(ruleSegmenter.settings()));
        }
        LocalDate asOf = ReferenceDate.resolve(asOfSetting, latest, today);
        List<CustomerFacts> facts = new ArrayList<>();
        orders.forEachCustomer(asOf, zone, (customerId, theirs) -> {
            CustomerFacts f = facts(customerId, theirs, asOf);
            if (f != null) {
                facts.add(f);
            }
        });
        return computeFacts(facts, asOf);
    }

    /**
     * One customer's facts at the reference date, or null when none of their orders is dated on or before it.
     * Floating-point sums (M, average order value, the CLV summary's same-day amounts) and the country (the first
     * order's that names one) follow the order the orders come in, so a path that hands them over in another order
     * must restore the in-service one ({@link ArrivalOrder}) to get the same figures to the last bit.
     *
     * @param customerId the customer
     * @param orders     the customer's distinct orders; those dated after {@code asOf} are left out
     * @param asOf       the reference date
     */
    @Nullable CustomerFacts facts(String customerId, List<Order> orders, LocalDate asOf) {
        List<Order> kept = new ArrayList<>(orders.size());
        for (Order o : orders) {
            if (!LocalDate.ofInstant(o.timestamp(), zone).isAfter(asOf)) {
                kept.add(o);
            }
        }
        if (kept.isEmpty()) {
            return null;
        }
        LocalDate[] dates = new LocalDate[kept.size()];
        double[] amounts = new double[kept.size()];
        List<OrderFacts> ruleOrders = new ArrayList<>(kept.size());
        boolean readable = true;
        String country = null;
        for (int i = 0; i < kept.size(); i++) {
            Order o = kept.get(i);
            dates[i] = LocalDate.ofInstant(o.timestamp(), zone);
            amounts[i] = o.amount();
            if (readable) {
                try {
                    ruleOrders.add(new OrderFacts(dates[i], o.amount(), o.amountByCategory()));
                } catch (IllegalArgumentException e) {
                    readable = false;
                }
            }
            if (country == null) {
                country = o.country();
            }
        }
        if (!readable) { // why: a value in the data (a negative or non-finite amount) never breaks a run: the
            // rules read such an amount as 0
            ruleOrders.clear();
            for (int i = 0; i < kept.size(); i++) {
                ruleOrders.add(new OrderFacts(dates[i], spendable(amounts[i]), spendable(kept.get(i).amountByCategory())));
            }
        }
        int referenceDay = (int) asOf.toEpochDay();
        return new CustomerFacts(customerId, country, RfmCalculator.metrics(customerId, dates, amounts, asOf),
                summary(dates, amounts, referenceDay), ruleSegmenter.facts(ruleOrders, asOf));
    }

    private static double spendable(double amount) {
        return Double.isFinite(amount) && amount > 0 ? amount : 0;
    }

    private static Map<String, Double> spendable(Map<String, Double> byCategory) {
        Map<String, Double> kept = new HashMap<>(byCategory.size());
        byCategory.forEach((category, amount) -> {
            if (category != null && !category.isBlank() && amount != null) {
                kept.put(category, spendable(amount));
            }
        });
        return kept;
    }

    /**
     * The profiles of a run from every customer's facts at {@code asOf} (from {@link #facts} of this pipeline).
     *
     * @throws IllegalStateException when two facts are of the same customer
     */
    Result computeFacts(List<CustomerFacts> facts, LocalDate asOf) {
        List<CustomerFacts> sorted = new ArrayList<>(facts);
        sorted.sort(Comparator.comparing(CustomerFacts::customerId));
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).customerId().equals(sorted.get(i - 1).customerId())) {
                throw new IllegalStateException("customer " + sorted.get(i).customerId() + " was handed over twice");
            }
        }
        RuleSegmenter ruleSegmenter = segmenterFor(sorted);

        int n = sorted.size();
        List<RuleSegments> rules = new ArrayList<>(n);
        List<CustomerSummary> summaries = new ArrayList<>(n);
        double[] recency = new double[n];
        double[] frequency = new double[n];
        double[] monetary = new double[n];
        for (int i = 0; i < n; i++) {
            CustomerFacts f = sorted.get(i);
            rules.add(ruleSegmenter.segment(f.rules()));
            summaries.add(f.summary());
            recency[i] = f.metrics().recencyDays();
            frequency[i] = f.metrics().frequency();
            monetary[i] = f.metrics().monetary();
        }
        int[] r = QuintileScorer.scores(recency, false);
        int[] f = QuintileScorer.scores(frequency, true);
        int[] m = QuintileScorer.scores(monetary, true);

        List<CustomerProfile> customers = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            RfmMetrics x = sorted.get(i).metrics();
            RfmScores scores = new RfmScores(r[i], f[i], m[i]);
            RfmSegmentRule segment = rfmTable.segmentOf(scores);
            customers.add(new CustomerProfile(x.customerId(), sorted.get(i).country(), x.recencyDays(), x.frequency(),
                    roundNoise(x.monetary()), roundNoise(x.averageOrderValue()), x.firstPurchase(), x.lastPurchase(), x.tenureDays(),
                    r[i], f[i], m[i], scores.code(), segment.id(), null, rules.get(i)));
        }
        ClvReport report = lifetimeValue(customers, summaries);
        return new Result(asOf, customers, segmentProfiles(ruleSegmenter, customers, rules), report,
                spendingReport(ruleSegmenter.settings()));
    }

    /**
     * The run's segmenter: with percentile spending thresholds, its amounts come from every customer's lifetime
     * spend and average order value up to the reference date.
     */
    private RuleSegmenter segmenterFor(List<CustomerFacts> facts) {
        if (!spending.percentiles()) {
            return ruleSegmenter;
        }
        double[] lifetime = new double[facts.size()];
        double[] average = new double[facts.size()];
        for (int i = 0; i < facts.size(); i++) {
            lifetime[i] = facts.get(i).metrics().monetary();
            average[i] = facts.get(i).metrics().averageOrderValue();
        }
        RuleSettings derived = spending.applyTo(ruleSegmenter.settings(), average, lifetime);
        return new RuleSegmenter(derived).withReservedIds(ruleSegmenter.reservedIds());
    }

    private SpendingReport spendingReport(RuleSettings used) {
        return new SpendingReport(spending.percentiles() ? "percentiles" : "fixed", roundNoise(used.highAverageOrderValue()),
                roundNoise(used.highLifetimeValue()), roundNoise(used.lowLifetimeValue()), spending.percentiles()
                ? new SpendingReport.Percentiles(spending.highAverageOrderValue(), spending.highLifetimeValue(),
                spending.lowLifetimeValue()) : null);
    }

    /** A customer's BG/NBD summary, or null when a value cannot be summarised (that customer then gets no figures). */
    private @Nullable CustomerSummary summary(LocalDate[] dates, double[] amounts, int referenceDay) {
        int[] days = new int[dates.length];
        for (int i = 0; i < dates.length; i++) {
            days[i] = (int) dates[i].toEpochDay();
        }
        try {
            return CustomerSummary.of(days, amounts, referenceDay, clv.unit());
        } catch (IllegalArgumentException e) { // why: a value in the data (say a negative amount) never breaks a run
            return null;
        }
    }

    /** Fits and scores lifetime value, replacing each profile in {@code customers} by one with its figures. */
    private ClvReport lifetimeValue(List<CustomerProfile> customers, List<@Nullable CustomerSummary> summaries) {
        List<CustomerSummary> usable = new ArrayList<>(summaries.size());
        for (CustomerSummary s : summaries) {
            if (s != null) {
                usable.add(s);
            }
        }
        ClvEstimation.Estimate estimate = ClvEstimation.estimate(usable, clv.options(), clv.minRepeatCustomers());
        if (estimate.scores() != null) {
            int k = 0;
            for (int i = 0; i < customers.size(); i++) {
                CustomerSummary s = summaries.get(i);
                if (s == null) {
                    continue;
                }
                CustomerScore score = estimate.scores().get(k++);
                customers.set(i, customers.get(i).withClv(new CustomerClv(s.x(), roundNoise(s.tx()), roundNoise(s.T()),
                        score.probabilityAlive(), score.churnRisk(), score.expectedPurchases(),
                        roundNoise(score.averageOrderValue()), score.populationMean(), roundNoise(score.lifetimeValue()))));
            }
        }
        return ClvReport.of(estimate, clv);
    }

    private List<SegmentProfile> segmentProfiles(RuleSegmenter ruleSegmenter, List<CustomerProfile> customers,
                                                 List<RuleSegments> rules) {
        List<SegmentDefinition> rfm = rfmTable.rules().stream()
                .map(rule -> new SegmentDefinition(rule.id(), "rfm", rule.name(), rule.description(), rule.rule(), List.of()))
                .toList();
        List<SegmentProfile> profiles = new ArrayList<>(SegmentProfiler.profiles(rfm, customers, CustomerProfile::rfmSegment));

        List<SegmentDefinition> frequency = new ArrayList<>();
        List<SegmentDefinition> spending = new ArrayList<>();
        List<SegmentDefinition> category = new ArrayList<>();
        for (RuleSegmentDefinition d : ruleSegmenter.definitions()) {
            var definition = new SegmentDefinition(d.id(), "rules", d.name(), d.description(), d.dimension() + ": " + d.description(), List.of());
            switch (d.dimension()) {
                case RuleSegmentDefinition.PURCHASE_FREQUENCY -> frequency.add(definition);
                case RuleSegmentDefinition.SPENDING -> spending.add(definition);
                default -> category.add(definition);
            }
        }
        Map<String, String> dominant = new LinkedHashMap<>();
        for (RuleSegments s : rules) {
            boolean fixed = category.stream().anyMatch(d -> d.id().equals(s.category()));
            if (!fixed) {
                dominant.putIfAbsent(s.category(), s.categoryName());
            }
        }
        new TreeMap<>(dominant).forEach((id, name) -> {
            RuleSegmentDefinition d = RuleSegmentDefinition.dominantCategory(name, ruleSegmenter.settings(),
                    ruleSegmenter.reservedIds());
            category.add(new SegmentDefinition(id, "rules", d.name(), d.description(),
                    d.dimension() + ": " + d.description(), List.of()));
        });
        profiles.addAll(SegmentProfiler.profiles(frequency, customers, c -> c.rules().purchaseFrequency()));
        profiles.addAll(SegmentProfiler.profiles(spending, customers, c -> c.rules().spending()));
        profiles.addAll(SegmentProfiler.profiles(category, customers, c -> c.rules().category()));
        return profiles;
    }

    /** Rounds to 1/10,000 of the currency unit: removes binary floating-point noise (453.00000000000006), keeps cents. */
    static double roundNoise(double amount) {
        return Math.round(amount * 10_000.0) / 10_000.0;
    }

    /**
     * What a run computed.
     *
     * @param asOf      the reference date used
     * @param customers one profile per customer with an order on or before asOf, sorted by customer id
     * @param segments  RFM segment profiles (all 11, in table order), then rule segment profiles
     * @param clv       the lifetime-value models fitted on the customers, or why none was
     * @param spending  the spending amounts the rule segments used
     * @param drift     drift and stability of the cluster assignment (null until clusters are assigned, or none were)
     */
    public record Result(LocalDate asOf, List<CustomerProfile> customers, List<SegmentProfile> segments,
                         ClvReport clv, SpendingReport spending, @Nullable RunDrift drift) {

        /** A result before clusters are assigned. */
        public Result(LocalDate asOf, List<CustomerProfile> customers, List<SegmentProfile> segments, ClvReport clv,
                      SpendingReport spending) {
            this(asOf, customers, segments, clv, spending, null);
        }

        /** The same result with other customers and segments (a later step's, such as clusters). */
        public Result with(List<CustomerProfile> newCustomers, List<SegmentProfile> newSegments) {
            return new Result(asOf, newCustomers, newSegments, clv, spending, drift);
        }

        /** The same result with the cluster assignment's drift report. */
        Result withDrift(@Nullable RunDrift report) {
            return new Result(asOf, customers, segments, clv, spending, report);
        }
    }
}
