package io.segmentation.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.apache.commons.math3.analysis.integration.SimpsonIntegrator;
import org.apache.commons.math3.special.Gamma;
import org.junit.jupiter.api.Test;

/** Tests of {@link GammaGammaParameters} and {@link GammaGammaFitter}. */
class GammaGammaTests {

    private static final GammaGammaParameters TRUE = new GammaGammaParameters(6, 4, 15);

    @Test
    void logLikelihoodIsTheDensityOfTheMeanByIntegratingOverNu() {
        // the mean of x Gamma(p, nu) values is Gamma(p x, nu x); integrate its density against nu ~ Gamma(q, v)
        GammaGammaParameters g = new GammaGammaParameters(2.5, 3.5, 12);
        int x = 3;
        double m = 9.5;
        double integral = new SimpsonIntegrator(1e-12, 1e-14, 3, 30).integrate(1_000_000, nu -> {
            double shape = g.p() * x;
            double rate = nu * x;
            double meanDensity = Math.exp(shape * Math.log(rate) + (shape - 1) * Math.log(m) - rate * m
                    - Gamma.logGamma(shape));
            double nuDensity = Math.exp(g.q() * Math.log(g.v()) + (g.q() - 1) * Math.log(nu) - g.v() * nu
                    - Gamma.logGamma(g.q()));
            return meanDensity * nuDensity;
        }, 1e-9, 5);

        assertThat(g.logLikelihood(x, m)).isCloseTo(Math.log(integral), within(1e-7));
    }

    @Test
    void weighsOwnMeanAgainstThePopulationMean() {
        AverageOrderValue value = TRUE.expectedAverageOrderValue(4, 50);

        // p (v + x m) / (p x + q - 1) = 6 (15 + 200) / 27
        assertThat(value.value()).isCloseTo(6 * 215 / 27.0, within(1e-12));
        assertThat(value.populationMean()).isFalse();
        assertThat(TRUE.expectedAverageOrderValue(1000, 50).value()).isCloseTo(50, within(0.2));
    }

    @Test
    void givesOneTimeBuyersThePopulationMeanFlagged() {
        AverageOrderValue value = TRUE.expectedAverageOrderValue(0, 0);

        assertThat(value.value()).isCloseTo(30, within(1e-12));
        assertThat(value.populationMean()).isTrue();
        assertThat(new GammaGammaParameters(2, 0.9, 10).populationMean()).isNaN();
    }

    @Test
    void recoversSimulatedParameters() {
        List<CustomerSummary> summaries = spendSummaries(50_000, TRUE, 21);

        GammaGammaFit fit = new GammaGammaFitter().fit(summaries);

        assertThat(fit.converged()).as(fit.message()).isTrue();
        GammaGammaParameters p = fit.parameters();
        // why: p rests on the spread of means between small and large x only, so it is the least precise
        assertThat(p.p()).isCloseTo(TRUE.p(), within(0.15 * TRUE.p()));
        assertThat(p.q()).isCloseTo(TRUE.q(), within(0.10 * TRUE.q()));
        assertThat(p.v()).isCloseTo(TRUE.v(), within(0.20 * TRUE.v()));
        assertThat(p.populationMean()).isCloseTo(TRUE.populationMean(), within(0.03 * TRUE.populationMean()));
        // why: x and the amounts are drawn independently
        assertThat(fit.frequencyMonetaryCorrelation()).isBetween(-0.03, 0.03);
        assertThat(fit.repeatBuyers()).isEqualTo(50_000);
    }

    @Test
    void fitsOnlyRepeatBuyersWithPositiveSpend() {
        List<CustomerSummary> summaries = new ArrayList<>(spendSummaries(2_000, TRUE, 4));
        GammaGammaFit alone = new GammaGammaFitter().fit(summaries);
        for (int i = 0; i < 500; i++) {
            summaries.add(CustomerSummary.of(0, 0, 30, 0, TimeUnit.DAYS));
            summaries.add(CustomerSummary.of(2, 10, 30, 0, TimeUnit.DAYS));
        }

        GammaGammaFit withOthers = new GammaGammaFitter().fit(summaries);

        assertThat(withOthers.repeatBuyers()).isEqualTo(2_000);
        assertThat(withOthers.parameters()).isEqualTo(alone.parameters());
    }

    @Test
    void reportsIdenticalAmountsAsDegenerateWithoutThrowing() {
        List<CustomerSummary> summaries = new ArrayList<>();
        for (int i = 1; i <= 300; i++) {
            summaries.add(CustomerSummary.of(1 + i % 5, 10, 30, 19.99, TimeUnit.DAYS));
        }

        GammaGammaFit fit = new GammaGammaFitter().fit(summaries);

        assertThat(fit.failed()).isTrue();
        assertThat(fit.message()).startsWith("degenerate data").contains("19.99");
        assertThat(fit.frequencyMonetaryCorrelation()).isNaN();
    }

    @Test
    void failsClearlyWithoutRepeatBuyers() {
        GammaGammaFit fit = new GammaGammaFitter().fit(List.of(CustomerSummary.of(0, 0, 30, 0, TimeUnit.DAYS)));

        assertThat(fit.failed()).isTrue();
        assertThat(fit.message()).startsWith("not enough data");
    }

    @Test
    void fitsTheSameDataToIdenticalFigures() {
        List<CustomerSummary> summaries = spendSummaries(3_000, TRUE, 5);

        assertThat(new GammaGammaFitter().fit(summaries)).isEqualTo(new GammaGammaFitter().fit(summaries));
    }

    /** Repeat buyers with x ~ 1 + Poisson-ish counts and mean amounts drawn from the Gamma-Gamma model. */
    static List<CustomerSummary> spendSummaries(int customers, GammaGammaParameters g, long seed) {
        Simulation simulation = new Simulation(seed);
        SplittableRandom random = new SplittableRandom(seed);
        List<CustomerSummary> summaries = new ArrayList<>(customers);
        for (int c = 0; c < customers; c++) {
            int x = 1 + random.nextInt(10);
            double nu = simulation.gamma(g.q()) / g.v();
            double sum = 0;
            for (int i = 0; i < x; i++) {
                sum += simulation.gamma(g.p()) / nu;
            }
            summaries.add(CustomerSummary.of(x, 20, 40, sum / x, TimeUnit.DAYS));
        }
        return summaries;
    }
}
