package io.segmentation.clustering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.Comparator;

import org.apache.commons.math3.distribution.MixtureMultivariateNormalDistribution;
import org.apache.commons.math3.distribution.fitting.MultivariateNormalMixtureExpectationMaximization;
import org.junit.jupiter.api.Test;

/** Tests of {@link GaussianMixture}, against Commons Math's EM on data it can fit. */
class GaussianMixtureTests {

    private static final double[][] CENTRES = { { 0, 0 }, { 8, 0 }, { 0, 8 } };

    @Test
    void recoversWellSeparatedBlobs() {
        Blobs blobs = Blobs.around(CENTRES, 200, 1.0, 5);

        GaussianMixture.Fit fit = GaussianMixture.fit(blobs.points(), 3, 42, 3, 200, 1e-6);

        assertThat(PlainAdjustedRand.adjustedRand(fit.labels(), blobs.truth())).isGreaterThan(0.99);
        assertThat(Arrays.stream(fit.weights()).sum()).isCloseTo(1.0, within(1e-9));
        double[] posterior = fit.posteriors(new double[] { 8, 0 });
        assertThat(Arrays.stream(posterior).max().orElseThrow()).isGreaterThan(0.999);
    }

    @Test
    void reachesTheLogLikelihoodOfCommonsMathEm() {
        double[][] points = Blobs.around(CENTRES, 200, 1.0, 6).points();
        GaussianMixture.Fit ours = GaussianMixture.fit(points, 3, 42, 3, 500, 1e-10);

        MultivariateNormalMixtureExpectationMaximization em = new MultivariateNormalMixtureExpectationMaximization(points);
        em.fit(MultivariateNormalMixtureExpectationMaximization.estimate(points, 3), 500, 1e-10);
        MixtureMultivariateNormalDistribution theirs = em.getFittedModel();
        double theirLogLikelihood = 0;
        for (double[] p : points) {
            theirLogLikelihood += Math.log(theirs.density(p));
        }

        // reg_covar 1e-6 moves the optimum a hair; both reach the same maximum
        assertThat(ours.logLikelihood()).isCloseTo(theirLogLikelihood, within(1e-3 * Math.abs(theirLogLikelihood)));
        double[][] ourMeans = ours.means().clone();
        Arrays.sort(ourMeans, Comparator.comparingDouble((double[] m) -> m[0] + 2 * m[1]));
        double[][] theirMeans = theirs.getComponents().stream().map(c -> c.getSecond().getMeans())
                .sorted(Comparator.comparingDouble((double[] m) -> m[0] + 2 * m[1])).toArray(double[][]::new);
        for (int c = 0; c < 3; c++) {
            assertThat(ourMeans[c]).containsExactly(theirMeans[c], within(1e-3));
        }
    }

    @Test
    void fitsPointsThatShareAValueWhereCommonsMathCannot() {
        double[][] points = new double[300][];
        java.util.Random random = new java.util.Random(3);
        for (int i = 0; i < points.length; i++) {
            // the first feature is constant in a third of the points, as log1p(frequency) is for one-order customers
            points[i] = new double[] { i < 100 ? 0 : 2 + random.nextGaussian(), random.nextGaussian() };
        }

        GaussianMixture.Fit fit = GaussianMixture.fit(points, 2, 1, 2, 200, 1e-6);

        assertThat(Double.isFinite(fit.logLikelihood())).isTrue();
    }
}
