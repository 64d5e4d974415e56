package io.segmentation.clustering;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

/** Tests of {@link ScalerKind}: min-max to [0, 1], robust against hand-computed medians and interquartile ranges. */
class ScalerKindTests {

    private static final double[][] ROWS = {{1, 10}, {2, 20}, {3, 30}, {4, 1_000}};

    @Test
    void minMaxMapsTheTrainingRowsOntoZeroToOne() {
        StandardScaler scaler = ScalerKind.MIN_MAX.fit(ROWS);

        assertThat(scaler.means()).containsExactly(1, 10);
        assertThat(scaler.scales()).containsExactly(3, 990);
        for (double[] row : scaler.transformAll(ROWS)) {
            for (double v : row) {
                assertThat(v).isBetween(0.0, 1.0);
            }
        }
        assertThat(scaler.transform(new double[] {1, 10})).containsExactly(0, 0);
        assertThat(scaler.transform(new double[] {4, 1_000})).containsExactly(1, 1);
        assertThat(scaler.transform(new double[] {2.5, 505})).containsExactly(0.5, 0.5);
    }

    @Test
    void minMaxMapsAConstantFeatureToZero() {
        StandardScaler scaler = ScalerKind.MIN_MAX.fit(new double[][] {{7, 1}, {7, 2}});

        assertThat(scaler.scales()[0]).isEqualTo(1.0);
        assertThat(scaler.transform(new double[] {7, 1})[0]).isZero();
    }

    @Test
    void robustCentresOnTheMedianAndScalesByTheInterquartileRange() {
        // by hand, quartiles interpolated linearly at q * (n - 1) as numpy does:
        // column 0 sorted 1 2 3 4: median 2.5, q25 = 1 + 0.75 * 1 = 1.75, q75 = 3 + 0.25 * 1 = 3.25, IQR 1.5
        // column 1 sorted 10 20 30 1000: median 25, q25 = 10 + 0.75 * 10 = 17.5, q75 = 30 + 0.25 * 970 = 272.5, IQR 255
        StandardScaler scaler = ScalerKind.ROBUST.fit(ROWS);

        assertThat(scaler.means()).containsExactly(2.5, 25);
        assertThat(scaler.scales()).containsExactly(1.5, 255);
        assertThat(scaler.transform(new double[] {4, 1_000})[1]).isCloseTo((1_000 - 25) / 255.0, within(1e-12));
    }

    @Test
    void robustOnOddRowsUsesTheMiddleValues() {
        // 1 2 3 4 100: median 3, q25 2, q75 4: the outlier moves neither centre nor scale
        StandardScaler scaler = ScalerKind.ROBUST.fit(new double[][] {{1}, {2}, {3}, {4}, {100}});

        assertThat(scaler.means()).containsExactly(3);
        assertThat(scaler.scales()).containsExactly(2);
        assertThat(scaler.transform(new double[] {100})).containsExactly(48.5);
    }

    @Test
    void robustFallsBackToTheStandardDeviationWhenTheQuartilesAreEqual() {
        // 1 1 1 1 5: q25 = q75 = 1; mean 1.8, population variance (4 * 0.64 + 10.24) / 5 = 2.56, deviation 1.6
        StandardScaler scaler = ScalerKind.ROBUST.fit(new double[][] {{1}, {1}, {1}, {1}, {5}});

        assertThat(scaler.means()).containsExactly(1);
        assertThat(scaler.scales()[0]).isCloseTo(1.6, within(1e-12));
    }

    @Test
    void robustMapsAConstantFeatureToZero() {
        StandardScaler scaler = ScalerKind.ROBUST.fit(new double[][] {{4}, {4}, {4}});

        assertThat(scaler.transform(new double[] {4})).containsExactly(0);
        assertThat(scaler.scales()).containsExactly(1);
    }

    @Test
    void parsesTheRequestNamesAndRefusesOthers() {
        assertThat(ScalerKind.parse("Min-Max")).isEqualTo(ScalerKind.MIN_MAX);
        assertThat(ScalerKind.parse(" robust ")).isEqualTo(ScalerKind.ROBUST);
        assertThatIllegalArgumentException().isThrownBy(() -> ScalerKind.parse("minmax"))
                .withMessageContaining("[standard, min-max, robust]");
    }
}
