package io.segmentation.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Tests of {@link CustomerSummary} and {@link TimeUnit}. */
class CustomerSummaryTests {

    @Test
    void countsDistinctDaysSumsSameDayAmountsAndExcludesTheFirstDay() {
        int[] days = { 120, 100, 100, 107, 120 };
        double[] amounts = { 5, 10, 2, 30, 15 };

        CustomerSummary s = CustomerSummary.of(days, amounts, 130, TimeUnit.DAYS);

        // days 100, 107, 120: x = 2; repeat days 107 (30) and 120 (5 + 15 = 20): mean 25
        assertThat(s.x()).isEqualTo(2);
        assertThat(s.tx()).isEqualTo(20);
        assertThat(s.T()).isEqualTo(30);
        assertThat(s.monetary()).isEqualTo(25);
        assertThat(s.firstPurchaseDay()).isEqualTo(100);
    }

    @Test
    void expressesTimesInWeeks() {
        CustomerSummary s = CustomerSummary.of(new int[] { 0, 14 }, new double[] { 1, 1 }, 21, TimeUnit.WEEKS);

        assertThat(s.tx()).isEqualTo(2);
        assertThat(s.T()).isEqualTo(3);
    }

    @Test
    void givesAOneTimeBuyerNoRepeatsAndZeroMonetary() {
        CustomerSummary s = CustomerSummary.of(new int[] { 50, 50 }, new double[] { 9, 4 }, 51, TimeUnit.DAYS);

        assertThat(s.x()).isZero();
        assertThat(s.tx()).isZero();
        assertThat(s.T()).isEqualTo(1);
        assertThat(s.monetary()).isZero();
    }

    @Test
    void countsZeroAmountsAsPurchasesAndAPurchaseOnTheReferenceDay() {
        CustomerSummary s = CustomerSummary.of(new int[] { 10, 20 }, new double[] { 4, 0 }, 20, TimeUnit.DAYS);

        assertThat(s.x()).isEqualTo(1);
        assertThat(s.tx()).isEqualTo(s.T()).isEqualTo(10);
        assertThat(s.monetary()).isZero();
    }

    @Test
    void usesTheDayAfterTheLatestPurchaseAsDefaultReference() {
        assertThat(CustomerSummary.defaultReferenceDay(18_000)).isEqualTo(18_001);
    }

    @Test
    void rejectsEmptyInputAndPurchasesAfterTheReferenceDay() {
        assertThatThrownBy(() -> CustomerSummary.of(new int[0], new double[0], 10, TimeUnit.DAYS))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one purchase");
        assertThatThrownBy(() -> CustomerSummary.of(new int[] { 5, 12 }, new double[] { 1, 1 }, 10, TimeUnit.DAYS))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("after the reference day");
        assertThatThrownBy(() -> CustomerSummary.of(new int[] { 5 }, new double[] { 1, 2 }, 10, TimeUnit.DAYS))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("differ in length");
        assertThatThrownBy(() -> CustomerSummary.of(new int[] { 5 }, new double[] { -1 }, 10, TimeUnit.DAYS))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(">= 0");
    }

    @Test
    void rejectsInconsistentSummaries() {
        assertThatThrownBy(() -> CustomerSummary.of(1, 5, 4, 1, TimeUnit.DAYS))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CustomerSummary.of(0, 2, 4, 0, TimeUnit.DAYS))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("x = 0");
    }

    @Test
    void parsesTimeUnitNames() {
        assertThat(TimeUnit.parse(" Weeks ")).isEqualTo(TimeUnit.WEEKS);
        assertThat(TimeUnit.parse("days")).isEqualTo(TimeUnit.DAYS);
        assertThat(TimeUnit.WEEKS.fromDays(10.5)).isCloseTo(1.5, within(1e-15));
        assertThatThrownBy(() -> TimeUnit.parse("months")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("months");
    }
}
