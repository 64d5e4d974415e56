package io.segmentation.clustering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Tests of {@link StandardScaler}. */
class StandardScalerTests {

    private static final double[][] ROWS = { { 1, 10 }, { 2, 20 }, { 3, 30 }, { 4, 40 } };

    @Test
    void fitsMeansAndPopulationStandardDeviations() {
        StandardScaler scaler = StandardScaler.fit(ROWS);

        assertThat(scaler.means()).containsExactly(2.5, 25.0);
        // deviations ±0.5, ±1.5: variance (0.25 + 0.25 + 2.25 + 2.25) / 4 = 1.25 (ddof = 0)
        assertThat(scaler.scales()).containsExactly(new double[] { Math.sqrt(1.25), 10 * Math.sqrt(1.25) }, within(1e-12));
    }

    @Test
    void transformsToZeroMeanAndUnitVariance() {
        StandardScaler scaler = StandardScaler.fit(ROWS);

        double[][] scaled = scaler.transformAll(ROWS);

        assertThat(scaled[3]).containsExactly(new double[] { 1.5 / Math.sqrt(1.25), 1.5 / Math.sqrt(1.25) }, within(1e-12));
        StandardScaler refitted = StandardScaler.fit(scaled);
        assertThat(refitted.means()).containsExactly(new double[] { 0, 0 }, within(1e-12));
        assertThat(refitted.scales()).containsExactly(new double[] { 1, 1 }, within(1e-12));
    }

    @Test
    void givesAConstantFeatureScaleOneSoItTransformsToZero() {
        double[][] rows = { { 5, 0.1, 1 }, { 5, 0.1, 2 }, { 5, 0.1, 3 } };

        StandardScaler scaler = StandardScaler.fit(rows);

        assertThat(scaler.scales()[0]).isEqualTo(1.0);
        assertThat(scaler.scales()[1]).isEqualTo(1.0);
        assertThat(scaler.transform(new double[] { 5, 0.1, 2 })).containsExactly(0, 0, 0);
        assertThat(scaler.transform(new double[] { 7, 0.1, 2 })[0]).isEqualTo(2.0);
    }

    @Test
    void inverseTransformUndoesTransform() {
        StandardScaler scaler = StandardScaler.fit(new double[][] { { 3.2, -1, 1e6 }, { 0.4, 7, 2e6 }, { 9.9, 2, 5e5 } });
        double[] row = { 1.7, 4.5, 1.234e6 };

        assertThat(scaler.inverseTransform(scaler.transform(row))).containsExactly(row, within(1e-9));
    }

    @Test
    void rejectsEmptyRaggedOrNonFiniteRows() {
        assertThatIllegalArgumentException().isThrownBy(() -> StandardScaler.fit(new double[0][]));
        assertThatIllegalArgumentException().isThrownBy(() -> StandardScaler.fit(new double[][] { {} }));
        assertThatIllegalArgumentException().isThrownBy(() -> StandardScaler.fit(new double[][] { { 1, 2 }, { 3 } }));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> StandardScaler.fit(new double[][] { { 1, 2 }, { 3, Double.POSITIVE_INFINITY } }));
        assertThatIllegalArgumentException().isThrownBy(() -> StandardScaler.fit(new double[][] { { Double.NaN } }));
    }

    @Test
    void rejectsRowsOfAnotherWidthAndInvalidParameters() {
        StandardScaler scaler = StandardScaler.fit(ROWS);

        assertThatIllegalArgumentException().isThrownBy(() -> scaler.transform(new double[] { 1 }));
        assertThatIllegalArgumentException().isThrownBy(() -> scaler.inverseTransform(new double[] { 1, 2, 3 }));
        assertThatIllegalArgumentException().isThrownBy(() -> new StandardScaler(new double[] { 0 }, new double[] { 0 }));
        assertThatIllegalArgumentException().isThrownBy(() -> new StandardScaler(new double[] { 0 }, new double[] { 1, 1 }));
    }

    @Test
    void isImmutableAndEqualByValue() {
        double[] means = { 1, 2 };
        StandardScaler scaler = new StandardScaler(means, new double[] { 3, 4 });

        means[0] = 99;
        scaler.means()[1] = 99;

        assertThat(scaler.means()).containsExactly(1, 2);
        assertThat(scaler).isEqualTo(new StandardScaler(new double[] { 1, 2 }, new double[] { 3, 4 }))
                .hasSameHashCodeAs(new StandardScaler(new double[] { 1, 2 }, new double[] { 3, 4 }));
    }
}
