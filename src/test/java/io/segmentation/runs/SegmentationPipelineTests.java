package io.segmentation.runs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.segmentation.purchases.Order;
import io.segmentation.rfm.RfmSegmentTable;
import io.segmentation.rules.RuleSegmenter;
import io.segmentation.rules.RuleSettings;
import io.segmentation.segments.CustomerProfile;
import io.segmentation.segments.SegmentProfile;
import org.junit.jupiter.api.Test;

/**
 * Tests of {@link SegmentationPipeline#compute} on six hand-made customers (latest order 2011-12-09):
 * <pre>
 *  customer  orders (date amount [category])                                    R    F  M        scores  segment
 *  A         6 monthly orders 2011-07-01 .. 2011-12-09, 600 .. 100, Home & Garden  1    6  2,100    5 5 3   loyal-customers
 *  B         2011-01-01 3000 Womens, 2011-06-01 6000 Kids, 2011-11-01 9000 Womens  39   3  18,000   2 4 4   cannot-lose-them
 *  C         2011-12-08 50                                                      2    1  50       4 1 1   new-customers
 *  D         2010-12-05 20000, 2011-03-01 150000                                284  2  170,000  1 2 5   need-attention
 *  E         2010-12-10 80, 2011-12-05 80                                       5    2  160      3 2 2   promising
 *  F         2011-02-01 10                                                      312  1  10       1 1 1   lost
 * </pre>
 */
class SegmentationPipelineTests {

    private static final LocalDate TODAY = LocalDate.parse("2024-05-17");

    private final SegmentationPipeline pipeline = new SegmentationPipeline(RfmSegmentTable.DEFAULT,
            new RuleSegmenter(RuleSettings.defaults()), ZoneOffset.UTC, new ClvSettings("days", 365, 0.01, 100));

    private static Order order(String customer, String orderId, String date, double amount, String category) {
        Map<String, Double> byCategory = category == null ? Map.of() : Map.of(category, amount);
        return new Order(customer, orderId, Instant.parse(date + "T10:00:00Z"), amount, 1, 1, byCategory, "United Kingdom");
    }

    private static Map<String, List<Order>> sixCustomers() {
        Map<String, List<Order>> orders = new HashMap<>();
        orders.put("A", List.of(
                order("A", "a1", "2011-12-09", 100, "Home & Garden"),
                order("A", "a2", "2011-11-20", 200, "Home & Garden"),
                order("A", "a3", "2011-10-15", 300, "Home & Garden"),
                order("A", "a4", "2011-09-10", 400, "Home & Garden"),
                order("A", "a5", "2011-08-05", 500, "Home & Garden"),
                order("A", "a6", "2011-07-01", 600, "Home & Garden")));
        orders.put("B", List.of(
                order("B", "b1", "2011-01-01", 3000, "Womens"),
                order("B", "b2", "2011-06-01", 6000, "Kids"),
                order("B", "b3", "2011-11-01", 9000, "Womens")));
        orders.put("C", List.of(order("C", "c1", "2011-12-08", 50, null)));
        orders.put("D", List.of(order("D", "d1", "2010-12-05", 20000, null), order("D", "d2", "2011-03-01", 150000, null)));
        orders.put("E", List.of(order("E", "e1", "2011-12-05", 80, null), order("E", "e2", "2010-12-10", 80, null)));
        orders.put("F", List.of(order("F", "f1", "2011-02-01", 10, null)));
        return orders;
    }

    private static CustomerProfile customer(SegmentationPipeline.Result result, String id) {
        return result.customers().stream().filter(c -> c.customerId().equals(id)).findFirst().orElseThrow();
    }

    private static List<SegmentProfile> scheme(SegmentationPipeline.Result result, String scheme) {
        return result.segments().stream().filter(s -> s.scheme().equals(scheme)).toList();
    }

    @Test
    void takesTheDayAfterTheLatestPurchaseAsReferenceDate() {
        assertThat(pipeline.compute(sixCustomers(), "auto", TODAY).asOf()).isEqualTo("2011-12-10");
    }

    @Test
    void computesRecencyFrequencyAndMonetary() {
        var result = pipeline.compute(sixCustomers(), "auto", TODAY);

        assertThat(result.customers())
                .extracting(CustomerProfile::customerId, CustomerProfile::recencyDays, CustomerProfile::frequency,
                        CustomerProfile::monetary)
                .containsExactly(
                        tuple("A", 1L, 6, 2100.0),
                        tuple("B", 39L, 3, 18000.0),
                        tuple("C", 2L, 1, 50.0),
                        tuple("D", 284L, 2, 170000.0),
                        tuple("E", 5L, 2, 160.0),
                        tuple("F", 312L, 1, 10.0));
    }

    @Test
    void keepsFirstAndLastPurchaseTenureAndAverageOrderValue() {
        CustomerProfile d = customer(pipeline.compute(sixCustomers(), "auto", TODAY), "D");

        assertThat(d.firstPurchase()).isEqualTo("2010-12-05");
        assertThat(d.lastPurchase()).isEqualTo("2011-03-01");
        assertThat(d.tenureDays()).isEqualTo(370);
        assertThat(d.averageOrderValue()).isEqualTo(85000.0);
        assertThat(d.country()).isEqualTo("United Kingdom");
        assertThat(d.cluster()).isNull();
    }

    @Test
    void scoresAndSegmentsEachCustomer() {
        var result = pipeline.compute(sixCustomers(), "auto", TODAY);

        assertThat(result.customers())
                .extracting(CustomerProfile::customerId, CustomerProfile::rScore, CustomerProfile::fScore,
                        CustomerProfile::mScore, CustomerProfile::rfmScore, CustomerProfile::rfmSegment)
                .containsExactly(
                        tuple("A", 5, 5, 3, "553", "loyal-customers"),
                        tuple("B", 2, 4, 4, "244", "cannot-lose-them"),
                        tuple("C", 4, 1, 1, "411", "new-customers"),
                        tuple("D", 1, 2, 5, "125", "need-attention"),
                        tuple("E", 3, 2, 2, "322", "promising"),
                        tuple("F", 1, 1, 1, "111", "lost"));
    }

    @Test
    void listsEveryRfmSegmentInTableOrderWithSizesSummingToTheCustomers() {
        var result = pipeline.compute(sixCustomers(), "auto", TODAY);
        List<SegmentProfile> rfm = scheme(result, "rfm");

        assertThat(rfm).extracting(SegmentProfile::id).containsExactly("champions", "cannot-lose-them", "at-risk",
                "loyal-customers", "lost", "new-customers", "promising", "potential-loyalists", "about-to-sleep",
                "hibernating", "need-attention");
        assertThat(rfm.stream().mapToLong(SegmentProfile::customers).sum()).isEqualTo(6);
        assertThat(rfm.stream().mapToDouble(SegmentProfile::revenueShare).sum()).isCloseTo(1.0, within(1e-9));
        SegmentProfile cannotLose = rfm.get(1);
        assertThat(cannotLose.customers()).isEqualTo(1);
        assertThat(cannotLose.share()).isCloseTo(1.0 / 6, within(1e-12));
        assertThat(cannotLose.revenue()).isEqualTo(18000.0);
        assertThat(cannotLose.rule()).isEqualTo("R 1-2, F 4-5, M 4-5");
        assertThat(rfm.get(0).customers()).isZero();
    }

    @Test
    void assignsRuleSegmentsInEachDimension() {
        var result = pipeline.compute(sixCustomers(), "auto", TODAY);

        assertThat(result.customers()).extracting(CustomerProfile::customerId, c -> c.rules().purchaseFrequency(),
                c -> c.rules().spending(), c -> c.rules().category()).containsExactly(
                        tuple("A", "loyal", "low-value", "home-garden"),
                        tuple("B", "regular", "medium-value", "family"),
                        tuple("C", "new", "low-value", "unknown"),
                        tuple("D", "lapsed", "high-value", "unknown"),
                        tuple("E", "seasonal", "low-value", "unknown"),
                        tuple("F", "new", "low-value", "unknown"));
    }

    @Test
    void profilesTheRuleSegmentsWithSizesSummingToTheCustomersPerDimension() {
        var result = pipeline.compute(sixCustomers(), "auto", TODAY);
        List<SegmentProfile> rules = scheme(result, "rules");

        assertThat(rules).extracting(SegmentProfile::id).containsExactly("new", "loyal", "seasonal", "lapsed",
                "regular", "high-value", "medium-value", "low-value", "family", "mixed", "unknown", "home-garden");
        Map<String, Long> sizes = new HashMap<>();
        rules.forEach(s -> sizes.put(s.id(), s.customers()));
        assertThat(sizes.get("new") + sizes.get("loyal") + sizes.get("seasonal") + sizes.get("lapsed")
                + sizes.get("regular")).isEqualTo(6);
        assertThat(sizes.get("high-value") + sizes.get("medium-value") + sizes.get("low-value")).isEqualTo(6);
        assertThat(sizes.get("family") + sizes.get("mixed") + sizes.get("unknown") + sizes.get("home-garden")).isEqualTo(6);
        assertThat(sizes).containsEntry("new", 2L).containsEntry("low-value", 4L).containsEntry("unknown", 4L);
    }

    @Test
    void describesADominantCategorySegmentLikeTheFixedOnes() {
        var result = pipeline.compute(sixCustomers(), "auto", TODAY);
        SegmentProfile home = scheme(result, "rules").stream().filter(s -> s.id().equals("home-garden")).findFirst()
                .orElseThrow();
        SegmentProfile family = scheme(result, "rules").stream().filter(s -> s.id().equals("family")).findFirst()
                .orElseThrow();

        assertThat(home.name()).isEqualTo("Home & Garden");
        assertThat(home.customers()).isEqualTo(1);
        assertThat(home.revenue()).isEqualTo(2100.0);
        assertThat(home.rule()).isEqualTo("category: " + home.description());
        assertThat(family.rule()).isEqualTo("category: " + family.description());
    }

    @Test
    void leavesOutOrdersAfterAFixedEarlierReferenceDate() {
        var result = pipeline.compute(sixCustomers(), "2011-06-30", TODAY);

        assertThat(result.asOf()).isEqualTo("2011-06-30");
        // A's and C's orders all come later; B keeps 2 of 3 orders, E 1 of 2
        assertThat(result.customers())
                .extracting(CustomerProfile::customerId, CustomerProfile::recencyDays, CustomerProfile::frequency,
                        CustomerProfile::monetary, CustomerProfile::rfmScore, CustomerProfile::rfmSegment)
                .containsExactly(
                        tuple("B", 29L, 2, 9000.0, "433", "loyal-customers"),
                        tuple("D", 121L, 2, 170000.0, "334", "loyal-customers"),
                        tuple("E", 202L, 1, 80.0, "112", "hibernating"),
                        tuple("F", 149L, 1, 10.0, "211", "about-to-sleep"));
        assertThat(scheme(result, "rfm").stream().mapToLong(SegmentProfile::customers).sum()).isEqualTo(4);
        assertThat(customer(result, "E").rules().purchaseFrequency()).isEqualTo("new");
    }

    @Test
    void measuresToTodayWhenAskedTo() {
        var result = pipeline.compute(sixCustomers(), "today", LocalDate.parse("2011-12-20"));

        assertThat(result.asOf()).isEqualTo("2011-12-20");
        assertThat(customer(result, "A").recencyDays()).isEqualTo(11);
    }

    @Test
    void givesEqualMetricsEqualScoresWhateverTheCustomerIds() {
        Map<String, List<Order>> twins = new HashMap<>();
        twins.put("z", List.of(order("z", "1", "2011-12-01", 40, null)));
        twins.put("a", List.of(order("a", "1", "2011-12-01", 40, null)));
        twins.put("m", List.of(order("m", "1", "2011-11-01", 10, null)));

        var result = pipeline.compute(twins, "auto", TODAY);

        assertThat(customer(result, "a").rfmScore()).isEqualTo(customer(result, "z").rfmScore()).isEqualTo("212");
        assertThat(customer(result, "m").rfmScore()).isEqualTo("111");
    }

    @Test
    void roundsAwayFloatingPointNoiseInAmounts() {
        Map<String, List<Order>> noisy = Map.of("c", List.of(order("c", "1", "2011-12-01", 0.1, null),
                order("c", "2", "2011-12-02", 0.2, null)));

        CustomerProfile c = pipeline.compute(noisy, "auto", TODAY).customers().get(0);

        assertThat(c.monetary()).isEqualTo(0.3);
        assertThat(c.averageOrderValue()).isEqualTo(0.15);
    }

    @Test
    void returnsNoCustomersButEverySegmentForNoOrders() {
        var result = pipeline.compute(Map.of(), "auto", TODAY);

        assertThat(result.customers()).isEmpty();
        assertThat(result.asOf()).isEqualTo(TODAY);
        assertThat(scheme(result, "rfm")).hasSize(11).allMatch(s -> s.customers() == 0 && s.share() == 0);
    }

    @Test
    void skipsACustomerWithoutOrdersUpToTheReferenceDate() {
        Map<String, List<Order>> orders = new HashMap<>(sixCustomers());
        orders.put("late", new ArrayList<>(List.of(order("late", "x", "2012-01-05", 5, null))));

        var result = pipeline.compute(orders, "2011-12-10", TODAY);

        assertThat(result.customers()).extracting(CustomerProfile::customerId).doesNotContain("late").hasSize(6);
    }

    @Test
    void rejectsAnInvalidReferenceDate() {
        assertThatIllegalArgumentException().isThrownBy(() -> pipeline.compute(sixCustomers(), "last week", TODAY));
    }
}
