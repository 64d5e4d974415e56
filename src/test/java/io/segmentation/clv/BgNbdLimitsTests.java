package io.segmentation.clv;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Eq. 10 where 2F1 cannot be summed (fits whose a and b run to 1e6): the two limits BgNbdParameters uses there agree
 * with the 2F1 form just below their thresholds, and stay finite far above them.
 */
class BgNbdLimitsTests {

    @Test
    void noDropoutLimitJoinsTheExactFormAtItsThreshold() {
        double below = new BgNbdParameters(0.8, 90, 0.05, BgNbdParameters.NO_DROPOUT_B * 0.999)
                .expectedPurchases(365, 3, 200, 300);
        double above = new BgNbdParameters(0.8, 90, 0.05, BgNbdParameters.NO_DROPOUT_B * 1.001)
                .expectedPurchases(365, 3, 200, 300);

        assertThat(above).isCloseTo(below, within(1e-3 * below));
        assertThat(above).isCloseTo((0.8 + 3) * 365 / (90 + 300.0), within(1e-3 * above));
    }

    @Test
    void fixedDropoutLimitJoinsTheExactFormAtItsThreshold() {
        double p = 0.015;
        double a = BgNbdParameters.CONCENTRATED;
        double below = new BgNbdParameters(3, 40, a * 0.999, a * 0.999 * (1 - p) / p).expectedPurchases(365, 20, 150, 300);
        double above = new BgNbdParameters(3, 40, a * 1.001, a * 1.001 * (1 - p) / p).expectedPurchases(365, 20, 150, 300);

        assertThat(above).isCloseTo(below, within(0.01 * below));
    }

    @Test
    void hugeParametersGiveFiniteFigures() {
        BgNbdParameters edge = new BgNbdParameters(3.17, 39.9, 19_448.6, 1_286_344.7);

        double purchases = edge.expectedPurchases(365, 40, 300, 335);
        double unconditional = edge.expectedPurchases(200);

        assertThat(purchases).isFinite().isPositive();
        assertThat(unconditional).isFinite().isPositive();
        assertThat(edge.probabilityAlive(40, 60, 335)).isBetween(0.0, 1e-3);
    }
}
