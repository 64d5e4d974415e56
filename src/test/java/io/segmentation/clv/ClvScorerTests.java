package io.segmentation.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Tests of {@link ClvScorer}. */
class ClvScorerTests {

    private static final BgNbdParameters DAILY = new BgNbdParameters(0.243, 30.9, 0.793, 2.426);
    private static final GammaGammaParameters SPEND = new GammaGammaParameters(6.25, 3.74, 15.44);
    private static final LifetimeValueOptions OPTIONS = LifetimeValueOptions.defaults();

    @Test
    void scoresAsThePerCustomerFormulas() {
        List<CustomerSummary> customers = List.of(CustomerSummary.of(4, 150, 250, 42, TimeUnit.DAYS),
                CustomerSummary.of(0, 0, 250, 0, TimeUnit.DAYS), CustomerSummary.of(4, 20, 250, 10, TimeUnit.DAYS));

        ClvScores scores = new ClvScorer(DAILY, SPEND, OPTIONS).score(customers);

        for (int i = 0; i < customers.size(); i++) {
            CustomerSummary c = customers.get(i);
            CustomerScore s = scores.get(i);
            assertThat(s.probabilityAlive()).isEqualTo(DAILY.probabilityAlive(c.x(), c.tx(), c.T()));
            assertThat(s.churnRisk()).isEqualTo(1 - s.probabilityAlive());
            assertThat(s.expectedPurchases()).isCloseTo(DAILY.expectedPurchases(365, c.x(), c.tx(), c.T()),
                    within(1e-12));
            AverageOrderValue value = SPEND.expectedAverageOrderValue(c.x(), c.monetary());
            assertThat(s.averageOrderValue()).isEqualTo(value.value());
            assertThat(s.populationMean()).isEqualTo(c.x() == 0);
            double clv = LifetimeValue.of(DAILY, SPEND, c, OPTIONS);
            assertThat(s.lifetimeValue()).isCloseTo(clv, within(1e-12 * clv));
        }
    }

    @Test
    void computesTheHypergeometricPartOncePerDistinctFrequencyAndAge() {
        ClvScorer scorer = new ClvScorer(DAILY, SPEND, OPTIONS);

        // same x and T, different tx and monetary: one cached history
        scorer.score(List.of(CustomerSummary.of(4, 150, 250, 42, TimeUnit.DAYS),
                CustomerSummary.of(4, 20, 250, 10, TimeUnit.DAYS)));

        assertThat(scorer.cachedHistories()).isEqualTo(1);
        assertThat(scorer.score(CustomerSummary.of(4, 20, 250, 10, TimeUnit.DAYS)))
                .isEqualTo(new ClvScorer(DAILY, SPEND, OPTIONS).score(CustomerSummary.of(4, 20, 250, 10,
                        TimeUnit.DAYS)));
    }

    @Test
    void ranksARecentBuyerAboveALapsedOne() {
        ClvScorer scorer = new ClvScorer(DAILY, SPEND, OPTIONS);

        CustomerScore recent = scorer.score(CustomerSummary.of(6, 240, 250, 40, TimeUnit.DAYS));
        CustomerScore lapsed = scorer.score(CustomerSummary.of(6, 40, 250, 40, TimeUnit.DAYS));

        assertThat(recent.probabilityAlive()).isGreaterThan(lapsed.probabilityAlive());
        assertThat(recent.churnRisk()).isLessThan(lapsed.churnRisk());
        assertThat(recent.lifetimeValue()).isGreaterThan(lapsed.lifetimeValue());
    }

    @Test
    void usesAFixedOrderValueWhenTheSpendModelIsMissing() {
        CustomerScore s = ClvScorer.withAverageOrderValue(DAILY, 25, OPTIONS)
                .score(CustomerSummary.of(3, 100, 200, 80, TimeUnit.DAYS));

        assertThat(s.averageOrderValue()).isEqualTo(25);
        assertThat(s.populationMean()).isTrue();
        assertThat(s.lifetimeValue()).isCloseTo(LifetimeValue.of(DAILY, 25,
                CustomerSummary.of(3, 100, 200, 80, TimeUnit.DAYS), OPTIONS), within(1e-12));
    }
}
