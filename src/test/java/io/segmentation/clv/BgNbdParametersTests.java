package io.segmentation.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;

import org.apache.commons.math3.special.Gamma;
import org.junit.jupiter.api.Test;

/** Tests of {@link BgNbdParameters}: likelihood, P(alive) and expected purchases. */
class BgNbdParametersTests {

    /** The CDNOW fit of FHL 2005, in weeks. */
    private static final BgNbdParameters CDNOW = new BgNbdParameters(0.243, 4.414, 0.793, 2.426);

    @Test
    void logLikelihoodEqualsThePapersProductFormWithGammaFunctions() {
        // FHL 2005 eq. 6: L = A1 A2 (A3 + [x > 0] A4), each with Gamma functions, no logs
        double r = 0.7, alpha = 2.5, a = 1.3, b = 2.2;
        BgNbdParameters p = new BgNbdParameters(r, alpha, a, b);
        double[][] customers = { { 0, 0, 5 }, { 1, 2, 5 }, { 3, 1.5, 4 }, { 6, 6, 6.5 } };
        for (double[] c : customers) {
            int x = (int) c[0];
            double tx = c[1];
            double T = c[2];
            double a1 = Gamma.gamma(r + x) * Math.pow(alpha, r) / Gamma.gamma(r);
            double a2 = Gamma.gamma(a + b) * Gamma.gamma(b + x) / (Gamma.gamma(b) * Gamma.gamma(a + b + x));
            double a3 = Math.pow(1 / (alpha + T), r + x);
            double a4 = x > 0 ? a / (b + x - 1) * Math.pow(1 / (alpha + tx), r + x) : 0;

            assertThat(p.logLikelihood(x, tx, T)).isCloseTo(Math.log(a1 * a2 * (a3 + a4)), within(1e-12));
        }
    }

    @Test
    void groupedLikelihoodEqualsTheSumOverCustomers() {
        List<CustomerSummary> summaries = new ArrayList<>(new Simulation(3).summaries(2_000, 30, CDNOW, TimeUnit.WEEKS));
        summaries.addAll(summaries.subList(0, 500));
        double sum = 0;
        for (CustomerSummary s : summaries) {
            sum += CDNOW.logLikelihood(s.x(), s.tx(), s.T());
        }

        BgNbdLikelihood grouped = new BgNbdLikelihood(summaries);

        assertThat(grouped.groups()).isEqualTo(2_000);
        assertThat(grouped.total(CDNOW.r(), CDNOW.alpha(), CDNOW.a(), CDNOW.b())).isCloseTo(sum, within(1e-9 * -sum));
    }

    @Test
    void matchesThePapersExampleAndMpmathReferenceValues() {
        // t, x, tx, T, E[Y(t) | x, tx, T], P(alive), from eq. 10 in mpmath at 40 digits; row 1 is FHL 2005's example
        // (1.226 expected purchases in the next 39 weeks)
        double[][] reference = {
                { 39.0, 2.0, 30.43, 38.86, 1.2260281747671444631, 0.72657857008067291192 },
                { 39.0, 0.0, 0.0, 38.86, 0.1950980520112626375, 1.0 },
                { 52.0, 10.0, 30.0, 38.0, 5.8348638202322930315, 0.62875570747419345448 },
                { 1.0, 1.0, 1.0, 1.0, 0.16671869415573724019, 0.75365020192606399805 },
                { 200.0, 0.0, 0.0, 2.0, 2.5773537996224057055, 1.0 },
                { 39.0, 50.0, 38.0, 39.0, 33.069436713428468216, 0.95263009318298785666 },
                { 10.0, 5.0, 2.0, 38.0, 0.0004683359981605209379, 0.00040479758001135242819 },
        };
        for (double[] row : reference) {
            int x = (int) row[1];
            assertThat(CDNOW.expectedPurchases(row[0], x, row[2], row[3])).isCloseTo(row[4], within(1e-10 * row[4]));
            assertThat(CDNOW.probabilityAlive(x, row[2], row[3])).isCloseTo(row[5], within(1e-12));
            assertThat(CDNOW.churnRisk(x, row[2], row[3])).isCloseTo(1 - row[5], within(1e-12));
        }
    }

    @Test
    void unconditionalExpectationMatchesMpmathAndStartsAtRateROverAlpha() {
        double[][] reference = { { 1, 0.05326789117165828208 }, { 39, 1.1967231933208168667 },
                { 78, 1.860519057942768561 }, { 500, 4.8878681552910284195 } };
        for (double[] row : reference) {
            assertThat(CDNOW.expectedPurchases(row[0])).isCloseTo(row[1], within(1e-10 * row[1]));
        }
        // why: at t -> 0 everyone is alive, so purchases accrue at the mean rate r / alpha
        assertThat(CDNOW.expectedPurchases(1e-6) / 1e-6).isCloseTo(CDNOW.r() / CDNOW.alpha(), within(1e-6));
        assertThat(CDNOW.expectedPurchases(0)).isZero();
    }

    @Test
    void isAliveForSureWithoutRepeatPurchasesAndLessSoTheLongerTheSilence() {
        assertThat(CDNOW.probabilityAlive(0, 0, 38)).isEqualTo(1);
        assertThat(CDNOW.churnRisk(0, 0, 38)).isZero();
        double recent = CDNOW.probabilityAlive(3, 30, 32);
        double silent = CDNOW.probabilityAlive(3, 30, 60);
        assertThat(recent).isGreaterThan(silent);
        assertThat(CDNOW.probabilityAlive(3, 30, 30)).isGreaterThan(recent);
    }

    @Test
    void expectsMorePurchasesOverLongerHorizons() {
        double previous = 0;
        for (double t = 1; t <= 520; t *= 1.5) {
            double e = CDNOW.expectedPurchases(t, 4, 20, 35);
            assertThat(e).isGreaterThan(previous);
            previous = e;
        }
        double u = 0;
        for (double t = 1; t <= 520; t *= 1.5) {
            assertThat(CDNOW.expectedPurchases(t)).isGreaterThan(u);
            u = CDNOW.expectedPurchases(t);
        }
    }

    @Test
    void staysFiniteForHugeTimesAndManyPurchases() {
        assertThat(CDNOW.probabilityAlive(200, 10, 1e6)).isBetween(0.0, 1e-100);
        assertThat(CDNOW.expectedPurchases(52, 200, 10, 1e6)).isBetween(0.0, 1e-100);
        assertThat(CDNOW.expectedPurchases(52, 0, 0, 1e6)).isBetween(0.0, 0.01);
        double heavy = CDNOW.expectedPurchases(52, 300, 299, 300);
        assertThat(heavy).isFinite().isBetween(40.0, 60.0);
    }

    @Test
    void isContinuousAcrossAEqualsOne() {
        double below = new BgNbdParameters(0.5, 3, 1 - 1e-3, 2).expectedPurchases(20, 3, 10, 15);
        double at = new BgNbdParameters(0.5, 3, 1, 2).expectedPurchases(20, 3, 10, 15);
        double above = new BgNbdParameters(0.5, 3, 1 + 1e-3, 2).expectedPurchases(20, 3, 10, 15);

        assertThat(at).isFinite().isBetween(Math.min(below, above), Math.max(below, above));
        assertThat(at).isCloseTo((below + above) / 2, within(1e-5 * at));
    }

    @Test
    void rejectsNonPositiveParameters() {
        assertThatThrownBy(() -> new BgNbdParameters(0, 1, 1, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BgNbdParameters(1, Double.NaN, 1, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CDNOW.expectedPurchases(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
