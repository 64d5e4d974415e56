package io.segmentation.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Tests of {@link LifetimeValue} and {@link LifetimeValueOptions}. */
class LifetimeValueTests {

    /** FHL 2005's CDNOW fit converted to days (alpha times 7). */
    private static final BgNbdParameters DAILY = new BgNbdParameters(0.243, 4.414 * 7, 0.793, 2.426);
    private static final GammaGammaParameters SPEND = new GammaGammaParameters(6.25, 3.74, 15.44);
    private static final CustomerSummary CUSTOMER = CustomerSummary.of(4, 150, 250, 42, TimeUnit.DAYS);

    @Test
    void sumsMonthlyDifferencesDiscountedAsLifetimesDoes() {
        LifetimeValueOptions twelveMonths = new LifetimeValueOptions(360, 0.01);
        double value = SPEND.expectedAverageOrderValue(4, 42).value();
        // lifetimes: for i in 30, 60, ..., 360: clv += m (E(i) - E(i - 30)) / (1 + d)^(i / 30)
        double expected = 0;
        for (int i = 30; i <= 360; i += 30) {
            double month = DAILY.expectedPurchases(i, 4, 150, 250) - DAILY.expectedPurchases(i - 30, 4, 150, 250);
            expected += value * month / Math.pow(1.01, i / 30.0);
        }

        assertThat(LifetimeValue.of(DAILY, SPEND, CUSTOMER, twelveMonths)).isCloseTo(expected, within(1e-10 * expected));
    }

    @Test
    void endsAHorizonOfPartialMonthsWithTheRemainingDaysDiscountedAtTheirEnd() {
        double twelve = LifetimeValue.of(DAILY, 50, CUSTOMER, new LifetimeValueOptions(360, 0.01));
        double tail = 50 * (DAILY.expectedPurchases(365, 4, 150, 250) - DAILY.expectedPurchases(360, 4, 150, 250))
                / Math.pow(1.01, 365 / 30.0);

        assertThat(LifetimeValueOptions.defaults().periods()).isEqualTo(13);
        assertThat(LifetimeValue.of(DAILY, 50, CUSTOMER, LifetimeValueOptions.defaults()))
                .isCloseTo(twelve + tail, within(1e-10 * twelve));
    }

    @Test
    void isOrderValueTimesExpectedPurchasesWithoutDiscount() {
        double value = LifetimeValue.of(DAILY, 20, CUSTOMER, new LifetimeValueOptions(365, 0));

        assertThat(value).isCloseTo(20 * DAILY.expectedPurchases(365, 4, 150, 250), within(1e-10 * value));
    }

    @Test
    void doesNotDependOnTheTimeUnit() {
        BgNbdParameters weekly = new BgNbdParameters(0.243, 4.414, 0.793, 2.426);
        CustomerSummary inWeeks = CustomerSummary.of(4, 150 / 7.0, 250 / 7.0, 42, TimeUnit.WEEKS);

        double days = LifetimeValue.of(DAILY, SPEND, CUSTOMER, LifetimeValueOptions.defaults());
        double weeks = LifetimeValue.of(weekly, SPEND, inWeeks, LifetimeValueOptions.defaults());

        assertThat(weeks).isCloseTo(days, within(1e-9 * days));
    }

    @Test
    void fallsWithTheDiscountRateAndRisesWithTheHorizon() {
        double base = LifetimeValue.of(DAILY, SPEND, CUSTOMER, LifetimeValueOptions.defaults());

        assertThat(LifetimeValue.of(DAILY, SPEND, CUSTOMER, new LifetimeValueOptions(365, 0.05))).isLessThan(base);
        assertThat(LifetimeValue.of(DAILY, SPEND, CUSTOMER, new LifetimeValueOptions(730, 0.01))).isGreaterThan(base);
        assertThat(base).isPositive();
    }

    @Test
    void rejectsMeaninglessOptions() {
        assertThatThrownBy(() -> new LifetimeValueOptions(0, 0.01)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LifetimeValueOptions(365, -0.1)).isInstanceOf(IllegalArgumentException.class);
    }
}
