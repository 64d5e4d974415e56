package io.segmentation.clv;

import static io.segmentation.clv.Hypergeometric.hyp2f1;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.apache.commons.math3.special.Gamma;
import org.junit.jupiter.api.Test;

/** Tests of {@link Hypergeometric}: closed forms, Gauss's value at 1, and 40-digit reference values (mpmath). */
class HypergeometricTests {

    private static final double RELATIVE = 1e-10;
    private static final double[] ZS = { -20, -3, -0.9, -0.5, -0.01, 0.01, 0.1, 0.5, 0.8, 0.9, 0.91, 0.95, 0.99, 0.999 };

    @Test
    void matchesTheLogarithmForOneOneTwo() {
        for (double z : ZS) {
            assertRelative(hyp2f1(1, 1, 2, z), -Math.log1p(-z) / z, z);
        }
    }

    @Test
    void matchesThePowerWhenBEqualsC() {
        double[][] ab = { { 0.5, 2 }, { 3.7, 1.2 }, { 50, 2 }, { 0.243, 2.426 } };
        for (double[] p : ab) {
            for (double z : ZS) {
                assertRelative(hyp2f1(p[0], p[1], p[1], z), Math.pow(1 - z, -p[0]), z);
            }
        }
    }

    @Test
    void matchesTheArcSineForHalfHalfThreeHalves() {
        double[] xs = { 0.05, 0.3, 0.7, 0.9, 0.95, 0.99, 0.9995 };
        for (double x : xs) {
            assertRelative(hyp2f1(0.5, 0.5, 1.5, x * x), Math.asin(x) / x, x);
        }
    }

    @Test
    void approachesGaussValueAtOne() {
        double a = 0.7;
        double b = 1.1;
        double c = 3.4;
        double gauss = Math.exp(Gamma.logGamma(c) + Gamma.logGamma(c - a - b) - Gamma.logGamma(c - a)
                - Gamma.logGamma(c - b));

        assertRelative(hyp2f1(a, b, c, 1), gauss, 1);
        // why: with c - a - b = 1.6 > 1 the distance to the limit is O(1 - z)
        assertThat(hyp2f1(a, b, c, 1 - 1e-9)).isCloseTo(gauss, within(1e-7 * gauss));
        assertThat(hyp2f1(a, b, c, 1 - 1e-4)).isCloseTo(gauss, within(1e-3 * gauss));
    }

    @Test
    void matchesReferenceValuesIncludingTheBgNbdRange() {
        // a, b, c, z, 2F1 from mpmath at 40 digits; rows 1-9 are BG/NBD eq. 10 shapes (r + x, b + x; a + b + x - 1)
        double[][] reference = {
                { 50.0, 2.0, 3.0, 0.99, 4.1219936602330191167e+96 },
                { 50.0, 2.0, 52.0, 0.99, 994.46419174569044395 },
                { 50.243, 52.426, 52.219, 0.99, 7.8802699829250281124e+100 },
                { 50.243, 52.426, 52.219, 0.5, 1531932625413011.5732 },
                { 0.243, 2.426, 2.219, 0.3, 1.1005185330854730311 },
                { 0.243, 2.426, 2.219, 0.95, 2.4461866770309916718 },
                { 0.243, 2.426, 2.219, 0.999, 11.09650428868049392 },
                { 1.243, 3.426, 3.219, 0.97, 129.51294874700342416 },
                { 10.25, 12.5, 12.3, 0.93, 1131406187116.3951578 },
                { 1.5, 2.5, 3.7, -3.0, 0.21291338370501299995 },
                { 0.243, 2.426, 2.219, -0.5, 0.89893022030240575234 },
                { 2.5, -3.0, 1.5, 0.95, -0.0046250000000000078826 },
                { 0.8, 1.3, 2.1, -50.0, 0.084803544550899073137 },
                { 5.25, 7.5, 7.3, 0.9999, 5.881071545034935477e+21 },
                { 3.0, 4.0, 7.0, 0.999, 218.07891874229308226 },
                { 0.5, 0.5, 1.0, 0.95, 1.8515049970729283522 },
        };
        for (double[] row : reference) {
            assertRelative(hyp2f1(row[0], row[1], row[2], row[3]), row[4], row[3]);
        }
    }

    @Test
    void isOneAtZeroAndForAZeroParameter() {
        assertThat(hyp2f1(3, 4, 5, 0)).isEqualTo(1);
        assertThat(hyp2f1(0, 4, 5, 0.7)).isEqualTo(1);
    }

    @Test
    void rejectsArgumentsOutsideItsDomain() {
        assertThatThrownBy(() -> hyp2f1(1, 1, -2, 0.5)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("non-positive integer");
        assertThatThrownBy(() -> hyp2f1(1, 1, 2, 1.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> hyp2f1(1, 1, 2, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("diverges");
        assertThatThrownBy(() -> hyp2f1(Double.NaN, 1, 2, 0.5)).isInstanceOf(IllegalArgumentException.class);
    }

    private static void assertRelative(double actual, double expected, double z) {
        assertThat(actual).as("z = %s", z).isCloseTo(expected, within(RELATIVE * Math.abs(expected)));
    }
}
