package io.segmentation.rfm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** Tests of {@link RfmCalculator}. */
class RfmCalculatorTests {

    private static final LocalDate AS_OF = LocalDate.parse("2011-12-10");

    private static LocalDate[] dates(String... isoDates) {
        LocalDate[] dates = new LocalDate[isoDates.length];
        for (int i = 0; i < isoDates.length; i++) {
            dates[i] = LocalDate.parse(isoDates[i]);
        }
        return dates;
    }

    @Test
    void measuresRecencyAndTenureInWholeDaysToTheReferenceDate() {
        // orders out of date order, to check first and last are found
        RfmMetrics m = RfmCalculator.metrics("12347", dates("2011-10-31", "2010-12-07", "2011-06-09"),
                new double[] { 100, 200, 153 }, AS_OF);

        assertThat(m.customerId()).isEqualTo("12347");
        assertThat(m.firstPurchase()).isEqualTo("2010-12-07");
        assertThat(m.lastPurchase()).isEqualTo("2011-10-31");
        assertThat(m.recencyDays()).isEqualTo(40); // Oct 31 -> Nov 30 is 30 days, + 10
        assertThat(m.tenureDays()).isEqualTo(368); // 2010-12-07 -> 2011-12-07 is 365, + 3
    }

    @Test
    void sumsTheAmountsAndDividesByTheOrders() {
        RfmMetrics m = RfmCalculator.metrics("c", dates("2011-12-01", "2011-12-02", "2011-12-03", "2011-12-04"),
                new double[] { 100, 200, 50.5, 102.5 }, AS_OF);

        assertThat(m.frequency()).isEqualTo(4);
        assertThat(m.monetary()).isCloseTo(453.0, within(1e-9));
        assertThat(m.averageOrderValue()).isCloseTo(113.25, within(1e-9));
    }

    @Test
    void givesASinglePurchaseOnTheDayBeforeRecencyOne() {
        RfmMetrics m = RfmCalculator.metrics("c", dates("2011-12-09"), new double[] { 10 }, AS_OF);

        assertThat(m.recencyDays()).isEqualTo(1);
        assertThat(m.tenureDays()).isEqualTo(1);
        assertThat(m.firstPurchase()).isEqualTo(m.lastPurchase());
        assertThat(m.averageOrderValue()).isEqualTo(10.0);
    }

    @Test
    void countsAcrossALeapDay() {
        RfmMetrics m = RfmCalculator.metrics("c", dates("2012-02-28"), new double[] { 1 }, LocalDate.parse("2012-03-01"));

        assertThat(m.recencyDays()).isEqualTo(2);
    }

    @Test
    void rejectsNoOrdersOrMismatchedArrays() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> RfmCalculator.metrics("c", new LocalDate[0], new double[0], AS_OF))
                .withMessageContaining("customer c");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> RfmCalculator.metrics("c", dates("2011-01-01"), new double[] { 1, 2 }, AS_OF));
    }
}
