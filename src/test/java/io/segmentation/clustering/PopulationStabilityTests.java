package io.segmentation.clustering;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class PopulationStabilityTests {

    private static final double[] ONE_TO_TEN = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};

    @Test
    void decileEdgesInterpolateAsNumpyDoes() {
        // numpy.quantile(arange(1, 11), [.1, ..., .9])
        assertThat(PopulationStability.decileEdges(ONE_TO_TEN))
                .containsExactly(new double[] {1.9, 2.8, 3.7, 4.6, 5.5, 6.4, 7.3, 8.2, 9.1}, within(1e-12));
    }

    @Test
    void aValueEqualToAnEdgeGoesToTheUpperBin() {
        double[] shares = PopulationStability.shares(new double[] {2, 2, 5}, new double[] {1, 2, 3, 5});

        assertThat(shares).containsExactly(0.25, 0.0, 0.5, 0.25);
    }

    @Test
    void matchesAHandComputationWithEmptyBins() {
        double[] edges = PopulationStability.decileEdges(ONE_TO_TEN);
        double[] expected = PopulationStability.shares(edges, ONE_TO_TEN);
        double[] actual = {1, 1, 1, 1, 1, 2, 3, 4, 5, 10};

        // bins: 0.5, 0.1, 0.1, 0.1, 0.1, four empty (0.0001), 0.1 against 0.1 each:
        // (0.5 - 0.1) ln 5 + 4 (0.0001 - 0.1) ln(0.0001 / 0.1) = 3.4041141744549
        assertThat(expected).containsOnly(0.1);
        assertThat(PopulationStability.index(edges, expected, actual)).isCloseTo(3.4041141744549024, within(1e-12));
    }

    @Test
    void theSameDistributionHasNoDrift() {
        double[] edges = PopulationStability.decileEdges(ONE_TO_TEN);

        assertThat(PopulationStability.index(edges, PopulationStability.shares(edges, ONE_TO_TEN), ONE_TO_TEN.clone()))
                .isZero();
    }
}
