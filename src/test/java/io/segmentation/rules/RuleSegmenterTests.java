package io.segmentation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class RuleSegmenterTests {

    private static final LocalDate AS_OF = LocalDate.parse("2011-12-10");

    private final RuleSegmenter segmenter = new RuleSegmenter(RuleSettings.defaults());

    private static OrderFacts order(String date, double amount) {
        return new OrderFacts(LocalDate.parse(date), amount);
    }

    private static OrderFacts order(String date, Map<String, Double> amountByCategory) {
        double amount = amountByCategory.values().stream().mapToDouble(Double::doubleValue).sum();
        return new OrderFacts(LocalDate.parse(date), amount, amountByCategory);
    }

    private static List<OrderFacts> orders(OrderFacts... orders) {
        return List.of(orders);
    }

    private String frequency(OrderFacts... orders) {
        return segmenter.segment(orders(orders), AS_OF).purchaseFrequency();
    }

    private String spending(OrderFacts... orders) {
        return segmenter.segment(orders(orders), AS_OF).spending();
    }

    private RuleSegments categories(OrderFacts... orders) {
        return segmenter.segment(orders(orders), AS_OF);
    }

    @Nested
    class PurchaseFrequencyRules {

        @Test
        void callsASingleOrderNewEvenInAFestivePeriod() {
            assertThat(frequency(order("2011-12-05", 100))).isEqualTo("new");
        }

        @Test
        void callsASingleLongAgoOrderNewRatherThanLapsed() {
            assertThat(frequency(order("2010-02-01", 100))).isEqualTo("new");
        }

        @Test
        void callsFiveOrdersWithinSixMonthsLoyal() {
            assertThat(frequency(order("2011-06-11", 10), order("2011-07-01", 10), order("2011-08-01", 10),
                    order("2011-09-01", 10), order("2011-11-01", 10))).isEqualTo("loyal");
        }

        @Test
        void leavesAnOrderExactlySixMonthsBeforeAsOfOutsideTheLoyaltyWindow() {
            assertThat(frequency(order("2011-06-10", 10), order("2011-07-01", 10), order("2011-08-01", 10),
                    order("2011-09-01", 10), order("2011-11-01", 10))).isEqualTo("regular");
        }

        @Test
        void doesNotCallFourRecentOrdersLoyal() {
            assertThat(frequency(order("2011-07-01", 10), order("2011-08-01", 10), order("2011-09-01", 10),
                    order("2011-11-01", 10))).isEqualTo("regular");
        }

        @Test
        void prefersLoyalOverSeasonalForSixRecentFestiveOrders() {
            assertThat(frequency(order("2011-12-01", 10), order("2011-12-02", 10), order("2011-12-03", 10),
                    order("2011-12-04", 10), order("2011-12-05", 10), order("2011-12-06", 10))).isEqualTo("loyal");
        }

        @Test
        void callsExactlyEightyPercentOfOrdersInFestivePeriodsSeasonal() {
            assertThat(frequency(order("2010-04-01", 10), order("2010-12-31", 10), order("2011-04-20", 10),
                    order("2011-12-01", 10), order("2011-10-15", 10))).isEqualTo("seasonal");
        }

        @Test
        void doesNotCallSeventyFivePercentInFestivePeriodsSeasonal() {
            assertThat(frequency(order("2010-04-01", 10), order("2010-12-31", 10), order("2011-04-20", 10),
                    order("2011-04-21", 10))).isEqualTo("lapsed");
        }

        @Test
        void prefersSeasonalOverLapsed() {
            assertThat(frequency(order("2010-12-24", 10), order("2011-04-10", 10))).isEqualTo("seasonal");
        }

        @Test
        void callsALastOrderExactlyNinetyDaysBeforeAsOfLapsed() {
            assertThat(AS_OF.minusDays(90)).isEqualTo("2011-09-11");
            assertThat(frequency(order("2011-05-01", 10), order("2011-09-11", 10))).isEqualTo("lapsed");
        }

        @Test
        void doesNotCallALastOrderEightyNineDaysBeforeAsOfLapsed() {
            assertThat(frequency(order("2011-05-01", 10), order("2011-09-12", 10))).isEqualTo("regular");
        }

        @Test
        void callsRecentNonFestiveRepeatBuyersRegular() {
            assertThat(frequency(order("2011-10-01", 10), order("2011-11-15", 10))).isEqualTo("regular");
        }

        @Test
        void countsOrdersInAFestivePeriodWrappingTheYearEnd() {
            RuleSettings wrapping = withFestivePeriods(List.of(MonthDayRange.parse("12-20/01-05")));
            RuleSegmenter custom = new RuleSegmenter(wrapping);

            assertThat(custom.segment(orders(order("2009-12-28", 10), order("2011-01-05", 10)), AS_OF)
                    .purchaseFrequency()).isEqualTo("seasonal");
            assertThat(custom.segment(orders(order("2009-12-28", 10), order("2011-01-06", 10)), AS_OF)
                    .purchaseFrequency()).isEqualTo("lapsed");
        }

        @Test
        void callsNobodySeasonalWithoutFestivePeriods() {
            RuleSegmenter custom = new RuleSegmenter(withFestivePeriods(List.of()));

            assertThat(custom.segment(orders(order("2010-12-24", 10), order("2011-04-10", 10)), AS_OF)
                    .purchaseFrequency()).isEqualTo("lapsed");
        }

        @Test
        void usesTheConfiguredLoyaltyThresholds() {
            RuleSettings d = RuleSettings.defaults();
            RuleSettings twoInOneMonth = new RuleSettings(2, 1, d.lapsedDays(), d.seasonalShare(),
                    d.festivePeriods(), d.highAverageOrderValue(), d.highLifetimeValue(), d.lowLifetimeValue(),
                    d.dominantCategoryShare(), d.familyCategoryShare());

            assertThat(new RuleSegmenter(twoInOneMonth)
                    .segment(orders(order("2011-11-11", 10), order("2011-12-09", 10)), AS_OF)
                    .purchaseFrequency()).isEqualTo("loyal");
            assertThat(new RuleSegmenter(twoInOneMonth)
                    .segment(orders(order("2011-11-10", 10), order("2011-12-09", 10)), AS_OF)
                    .purchaseFrequency()).isEqualTo("regular");
        }
    }

    @Nested
    class SpendingRules {

        @Test
        void callsAnAverageOrderValueOfExactlyFifteenThousandHighValue() {
            assertThat(spending(order("2011-10-01", 14_000), order("2011-11-01", 16_000))).isEqualTo("high-value");
        }

        @Test
        void callsAnAverageOrderValueJustBelowFifteenThousandMediumValue() {
            assertThat(spending(order("2011-10-01", 14_000), order("2011-11-01", 15_999.99)))
                    .isEqualTo("medium-value");
        }

        @Test
        void callsALifetimeSpendOfExactlyOneHundredFiftyThousandHighValue() {
            List<OrderFacts> twelveOrders = new ArrayList<>(Collections.nCopies(12, order("2011-10-01", 12_500)));

            assertThat(segmenter.segment(twelveOrders, AS_OF).spending()).isEqualTo("high-value");
        }

        @Test
        void callsALifetimeSpendJustBelowOneHundredFiftyThousandWithLowAveragesMediumValue() {
            List<OrderFacts> orders = new ArrayList<>(Collections.nCopies(11, order("2011-10-01", 12_500)));
            orders.add(order("2011-10-02", 12_499.99));

            assertThat(segmenter.segment(orders, AS_OF).spending()).isEqualTo("medium-value");
        }

        @Test
        void callsALifetimeSpendOfExactlyTenThousandLowValueDespiteBinaryFractions() {
            assertThat(spending(order("2011-10-01", 3_333.33), order("2011-10-02", 3_333.33),
                    order("2011-10-03", 3_333.34))).isEqualTo("low-value");
            assertThat(spending(order("2011-10-01", 0.40), order("2011-10-02", 0.40), order("2011-10-03", 9_999.20)))
                    .isEqualTo("low-value");
        }

        @Test
        void callsALifetimeSpendJustAboveTenThousandMediumValue() {
            assertThat(spending(order("2011-10-01", 5_000), order("2011-10-02", 5_000.01))).isEqualTo("medium-value");
        }

        @Test
        void prefersHighValueOverLowValueWhenThresholdsOverlap() {
            RuleSettings d = RuleSettings.defaults();
            RuleSettings overlapping = new RuleSettings(d.loyalMinOrders(), d.loyalWindowMonths(), d.lapsedDays(),
                    d.seasonalShare(), d.festivePeriods(), 5_000, d.highLifetimeValue(), 10_000,
                    d.dominantCategoryShare(), d.familyCategoryShare());

            assertThat(new RuleSegmenter(overlapping).segment(orders(order("2011-10-01", 6_000)), AS_OF).spending())
                    .isEqualTo("high-value");
        }
    }

    @Nested
    class CategoryRules {

        @Test
        void namesACategoryWithExactlySeventyPercentOfSpendAsDominant() {
            RuleSegments segments = categories(order("2011-10-01", Map.of("Womens", 70.0, "Mens", 30.0)));

            assertThat(segments.category()).isEqualTo("womens");
            assertThat(segments.categoryName()).isEqualTo("Womens");
        }

        @Test
        void sumsCategorySpendOverAllOrders() {
            RuleSegments segments = categories(order("2011-10-01", Map.of("Kids", 100.0)),
                    order("2011-10-02", Map.of("Home & Garden", 350.0)),
                    order("2011-10-03", Map.of("Home & Garden", 350.0, "Kids", 200.0)));

            assertThat(segments.category()).isEqualTo("home-garden");
            assertThat(segments.categoryName()).isEqualTo("Home & Garden");
        }

        @Test
        void callsTwoCategoriesJustBelowSeventyAndAboveThirtyPercentFamily() {
            assertThat(categories(order("2011-10-01", Map.of("Womens", 69.99, "Kids", 30.01))).category())
                    .isEqualTo("family");
        }

        @Test
        void callsThreeCategoriesWithExactlyThirtyPercentOrMoreFamily() {
            assertThat(categories(order("2011-10-01", Map.of("Womens", 40.0, "Mens", 30.0, "Kids", 30.0)))
                    .category()).isEqualTo("family");
        }

        @Test
        void callsOnlyOneCategoryAtThirtyPercentMixed() {
            RuleSegments segments = categories(
                    order("2011-10-01", Map.of("Womens", 50.0, "Mens", 29.99, "Kids", 20.01)));

            assertThat(segments.category()).isEqualTo("mixed");
            assertThat(segments.categoryName()).isEqualTo("Mixed");
        }

        @Test
        void callsEvenlySpreadSpendMixed() {
            assertThat(categories(order("2011-10-01", Map.of("A", 25.0, "B", 25.0, "C", 25.0, "D", 25.0)))
                    .category()).isEqualTo("mixed");
        }

        @Test
        void callsOrdersWithoutCategoriesUnknown() {
            RuleSegments segments = categories(order("2011-10-01", 100), order("2011-11-01", 100));

            assertThat(segments.category()).isEqualTo("unknown");
            assertThat(segments.categoryName()).isEqualTo("Unknown");
        }

        @Test
        void measuresSharesOfCategorisedSpendOnly() {
            assertThat(categories(order("2011-10-01", 1_000), order("2011-11-01", Map.of("Mens", 50.0)))
                    .category()).isEqualTo("mens");
        }

        @Test
        void keepsAFixedIdFreeWhenACategoryIsNamedLikeIt() {
            RuleSegments segments = categories(order("2011-10-01", Map.of("Family", 90.0, "Mens", 10.0)));

            assertThat(segments.category()).isEqualTo("family-category");
            assertThat(segments.categoryName()).isEqualTo("Family");
        }
    }

    @Test
    void givesIdsAndDisplayLabelsInTheSeedExportShape() {
        List<OrderFacts> orders = new ArrayList<>();
        for (int month = 7; month <= 11; month++) {
            orders.add(order(LocalDate.of(2011, month, 15).toString(), Map.of("Womens", 20_000.0, "Mens", 1_000.0)));
        }

        RuleSegments segments = segmenter.segment(orders, AS_OF);

        assertThat(segments).isEqualTo(new RuleSegments("loyal", "high-value", "womens", "Loyal", "High Value",
                "Womens"));
        assertThat(segments.displayLabels()).containsExactly(entry("purchase_frequency", "Loyal"),
                entry("spending", "High Value"), entry("category", "Womens"));
    }

    @Test
    void rejectsACustomerWithoutOrders() {
        assertThatThrownBy(() -> segmenter.segment(List.of(), AS_OF))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least one order");
    }

    @Test
    void rejectsAnOrderAfterTheReferenceDate() {
        assertThatThrownBy(() -> segmenter.segment(orders(order("2011-12-11", 10)), AS_OF))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2011-12-11")
                .hasMessageContaining("2011-12-10");
    }

    @Test
    void acceptsAnOrderOnTheReferenceDate() {
        LocalDate asOf = LocalDate.parse("2011-11-10");

        assertThat(segmenter.segment(orders(order("2011-11-10", 10), order("2011-11-09", 10)), asOf)
                .purchaseFrequency()).isEqualTo("regular");
    }

    @Test
    void requiresAReferenceDate() {
        assertThatThrownBy(() -> segmenter.segment(orders(order("2011-12-01", 10)), null))
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("asOf");
    }

    @Test
    void describesItsOwnSettings() {
        assertThat(segmenter.definitions()).isEqualTo(RuleSegmentDefinition.definitions(RuleSettings.defaults()));
    }

    private static RuleSettings withFestivePeriods(List<MonthDayRange> periods) {
        RuleSettings d = RuleSettings.defaults();
        return new RuleSettings(d.loyalMinOrders(), d.loyalWindowMonths(), d.lapsedDays(), d.seasonalShare(),
                periods, d.highAverageOrderValue(), d.highLifetimeValue(), d.lowLifetimeValue(),
                d.dominantCategoryShare(), d.familyCategoryShare());
    }
}
