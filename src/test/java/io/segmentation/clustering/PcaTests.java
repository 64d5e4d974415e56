package io.segmentation.clustering;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

/** Tests of {@link Pca} and of the {@link Preprocessing} chain around it. */
class PcaTests {

    private static final double R = Math.sqrt(0.5);

    /**
     * (2, 0), (0, 1), (-2, 0), (0, -1) turned by 45 degrees. By hand: mean 0; along (1, 1)/sqrt 2 the values are
     * 2, 0, -2, 0, variance (4 + 4) / 3 = 8/3; along (1, -1)/sqrt 2 they are 0, -1, 0, 1, variance 2/3; the total is
     * 10/3, so the ratios are 0.8 and 0.2.
     */
    private static final double[][] TURNED = {{2 * R, 2 * R}, {-R, R}, {-2 * R, -2 * R}, {R, -R}};

    @Test
    void findsTheHandComputedComponentsOfATurnedCross() {
        Pca pca = Pca.fit(TURNED, 2);

        assertThat(pca.mean()[0]).isCloseTo(0, within(1e-12));
        assertThat(pca.components()[0][0]).isCloseTo(R, within(1e-9));
        assertThat(pca.components()[0][1]).isCloseTo(R, within(1e-9));
        assertThat(pca.components()[1][0]).isCloseTo(R, within(1e-9));
        assertThat(pca.components()[1][1]).isCloseTo(-R, within(1e-9));
        assertThat(pca.explainedVariance()[0]).isCloseTo(8.0 / 3, within(1e-9));
        assertThat(pca.explainedVariance()[1]).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(pca.explainedVarianceRatio()[0]).isCloseTo(0.8, within(1e-9));
        assertThat(pca.explainedVarianceRatio()[1]).isCloseTo(0.2, within(1e-9));
        double[] first = pca.transform(TURNED[0]);
        assertThat(first[0]).isCloseTo(2, within(1e-9));
        assertThat(first[1]).isCloseTo(0, within(1e-9));
        assertThat(pca.transform(TURNED[1])[1]).isCloseTo(-1, within(1e-9));
    }

    @Test
    void oneComponentKeepsTheLargerVarianceAndProjectsBackOntoItsLine() {
        Pca pca = Pca.fit(TURNED, 1);

        assertThat(pca.outputs()).isEqualTo(1);
        assertThat(pca.explainedVarianceTotal()).isCloseTo(0.8, within(1e-9));
        double[] back = pca.inverseTransform(pca.transform(TURNED[1]));
        assertThat(back[0]).isCloseTo(0, within(1e-9));
        assertThat(back[1]).isCloseTo(0, within(1e-9));
    }

    @Test
    void allComponentsExplainAllTheVarianceAndInvertExactly() {
        SplittableRandom random = new SplittableRandom(3);
        double[][] rows = new double[200][4];
        for (double[] row : rows) {
            double a = random.nextDouble();
            double b = random.nextDouble();
            row[0] = a;
            row[1] = 2 * a + 0.1 * b;
            row[2] = b - a;
            row[3] = random.nextDouble();
        }

        Pca pca = Pca.fit(rows, 4);

        assertThat(Arrays.stream(pca.explainedVarianceRatio()).sum()).isCloseTo(1.0, within(1e-12));
        for (int c = 1; c < 4; c++) {
            assertThat(pca.explainedVariance()[c]).isLessThanOrEqualTo(pca.explainedVariance()[c - 1]);
        }
        double[] back = pca.inverseTransform(pca.transform(rows[17]));
        for (int f = 0; f < 4; f++) {
            assertThat(back[f]).isCloseTo(rows[17][f], within(1e-9));
        }
    }

    @Test
    void refusesMoreComponentsThanFeatures() {
        assertThatIllegalArgumentException().isThrownBy(() -> Pca.fit(TURNED, 3))
                .withMessageContaining("between 1 and 2");
    }

    @Test
    void theChainLogsScalesAndProjectsAndMapsCentroidsBack() {
        List<ModelFeature> features = List.of(ModelFeature.parse("log1p(monetary)"), ModelFeature.parse("frequency"));
        double[][] rows = {{99, 1}, {9, 3}, {999, 2}, {0, 5}};

        Preprocessing p = Preprocessing.fit(features, rows, ScalerKind.MIN_MAX, 2);

        assertThat(p.dimensions()).isEqualTo(2);
        assertThat(p.isStandard()).isFalse();
        double[] transformed = p.toTransformed(p.toModelSpace(rows[0]));
        assertThat(transformed[0]).isCloseTo(Math.log1p(99), within(1e-9));
        assertThat(transformed[1]).isCloseTo(1, within(1e-9));
        assertThat(Preprocessing.fit(features, rows, ScalerKind.STANDARD, null).isStandard()).isTrue();
    }
}
