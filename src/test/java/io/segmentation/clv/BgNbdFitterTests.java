package io.segmentation.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** Tests of {@link BgNbdFitter} on simulated and degenerate data. */
class BgNbdFitterTests {

    private static final BgNbdParameters TRUE = new BgNbdParameters(0.25, 4, 0.8, 2.5);
    private static final GammaGammaParameters SPEND = new GammaGammaParameters(6, 4, 15);

    @Test
    void recoversSimulatedParameters() {
        // 40,000 customers drawn from the model itself with T ~ Uniform(0, 39 weeks), CDNOW's shape
        List<CustomerSummary> summaries = new Simulation(11).summaries(40_000, 39, TRUE, TimeUnit.WEEKS);

        BgNbdFit fit = new BgNbdFitter().fit(summaries);

        assertThat(fit.converged()).as(fit.message()).isTrue();
        BgNbdParameters p = fit.parameters();
        // why: r and alpha are well identified; a and b less so individually, their mean a / (a + b) well
        assertThat(p.r()).isCloseTo(TRUE.r(), within(0.10 * TRUE.r()));
        assertThat(p.alpha()).isCloseTo(TRUE.alpha(), within(0.10 * TRUE.alpha()));
        assertThat(p.a()).isCloseTo(TRUE.a(), within(0.20 * TRUE.a()));
        assertThat(p.b()).isCloseTo(TRUE.b(), within(0.20 * TRUE.b()));
        double meanDropout = TRUE.a() / (TRUE.a() + TRUE.b());
        assertThat(p.a() / (p.a() + p.b())).isCloseTo(meanDropout, within(0.05 * meanDropout));
        assertThat(fit.logLikelihood()).isGreaterThan(
                new BgNbdLikelihood(summaries).total(TRUE.r(), TRUE.alpha(), TRUE.a(), TRUE.b()));
    }

    @Test
    void recoversParametersFromPurchaseDays() {
        // purchases floored to days and summarised by CustomerSummary.of: same-day purchases merge, so rates come out
        // a little lower (alpha higher) than drawn
        List<CustomerSummary> summaries = Simulation.summaries(
                new Simulation(7).customers(30_000, 273, 272, TRUE, SPEND), 273, TimeUnit.WEEKS);

        BgNbdFit fit = new BgNbdFitter().fit(summaries);

        assertThat(fit.converged()).as(fit.message()).isTrue();
        BgNbdParameters p = fit.parameters();
        assertThat(p.r()).isCloseTo(TRUE.r(), within(0.15 * TRUE.r()));
        assertThat(p.alpha()).isCloseTo(TRUE.alpha(), within(0.20 * TRUE.alpha()));
        assertThat(p.a()).isCloseTo(TRUE.a(), within(0.20 * TRUE.a()));
        assertThat(p.b()).isCloseTo(TRUE.b(), within(0.20 * TRUE.b()));
    }

    @Test
    void fitsTheSameDataToIdenticalFigures() {
        List<CustomerSummary> summaries = new Simulation(5).summaries(5_000, 39, TRUE, TimeUnit.WEEKS);
        List<CustomerSummary> shuffled = new ArrayList<>(summaries);
        Collections.shuffle(shuffled, new Random(1));

        BgNbdFit first = new BgNbdFitter().fit(summaries);
        BgNbdFit again = new BgNbdFitter().fit(summaries);
        BgNbdFit reordered = new BgNbdFitter().fit(shuffled);

        assertThat(again).isEqualTo(first);
        assertThat(reordered.parameters()).isEqualTo(first.parameters());
    }

    @Test
    void failsClearlyWhenNobodyBoughtTwice() {
        List<CustomerSummary> oneTimers = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            oneTimers.add(CustomerSummary.of(new int[] { i }, new double[] { 10 }, 200, TimeUnit.DAYS));
        }

        BgNbdFit fit = new BgNbdFitter().fit(oneTimers);

        assertThat(fit.failed()).isTrue();
        assertThat(fit.converged()).isFalse();
        assertThat(fit.logLikelihood()).isNaN();
        assertThat(fit.customers()).isEqualTo(100);
        assertThat(fit.message()).startsWith("not enough data").contains("none of the 100 customers");
    }

    @Test
    void failsClearlyWhenEveryoneBoughtOnOneDay() {
        List<CustomerSummary> sameDay = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            sameDay.add(CustomerSummary.of(new int[] { 100, 100 }, new double[] { 5, 7 },
                    CustomerSummary.defaultReferenceDay(100), TimeUnit.DAYS));
        }

        BgNbdFit fit = new BgNbdFitter().fit(sameDay);

        assertThat(fit.failed()).isTrue();
        assertThat(fit.message()).startsWith("not enough data");
    }

    @Test
    void failsForNoCustomersAndMixedUnits() {
        assertThat(new BgNbdFitter().fit(List.of()).message()).isEqualTo("not enough data: no customers");

        BgNbdFit mixed = new BgNbdFitter().fit(List.of(CustomerSummary.of(1, 1, 2, 5, TimeUnit.DAYS),
                CustomerSummary.of(1, 1, 2, 5, TimeUnit.WEEKS)));

        assertThat(mixed.failed()).isTrue();
        assertThat(mixed.message()).contains("mix time units");
    }

    @Test
    void fitsInTheSummariesTimeUnit() {
        List<CustomerSummary> purchases = Simulation.summaries(
                new Simulation(8).customers(5_000, 273, 272, TRUE, SPEND), 273, TimeUnit.DAYS);
        List<CustomerSummary> weekly = Simulation.summaries(
                new Simulation(8).customers(5_000, 273, 272, TRUE, SPEND), 273, TimeUnit.WEEKS);

        BgNbdFit days = new BgNbdFitter().fit(purchases);
        BgNbdFit weeks = new BgNbdFitter().fit(weekly);

        // why: alpha is a time scale, so it is 7 times larger in days; the other parameters are unit-free
        assertThat(days.unit()).isEqualTo(TimeUnit.DAYS);
        assertThat(days.parameters().alpha()).isCloseTo(7 * weeks.parameters().alpha(),
                within(1e-3 * days.parameters().alpha()));
        assertThat(days.parameters().r()).isCloseTo(weeks.parameters().r(), within(1e-3));
        // why: stretching time by 7 divides each customer's likelihood by 7^x
        double sumX = weekly.stream().mapToDouble(CustomerSummary::x).sum();
        assertThat(days.logLikelihood()).isCloseTo(weeks.logLikelihood() - sumX * Math.log(7),
                within(1e-6 * -days.logLikelihood()));
    }

    @Test
    void shrinksParametersWithAPenalizer() {
        List<CustomerSummary> summaries = new Simulation(9).summaries(5_000, 39, TRUE, TimeUnit.WEEKS);

        BgNbdFit plain = new BgNbdFitter().fit(summaries);
        BgNbdFit penalised = new BgNbdFitter(0.01).fit(summaries);

        BgNbdParameters p = plain.parameters();
        BgNbdParameters q = penalised.parameters();
        assertThat(q.r() * q.r() + q.alpha() * q.alpha() + q.a() * q.a() + q.b() * q.b())
                .isLessThan(p.r() * p.r() + p.alpha() * p.alpha() + p.a() * p.a() + p.b() * p.b());
        assertThat(penalised.logLikelihood()).isLessThan(plain.logLikelihood());
    }
}
