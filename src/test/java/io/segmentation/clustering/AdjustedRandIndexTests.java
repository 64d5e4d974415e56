package io.segmentation.clustering;

import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The examples of scikit-learn's adjusted_rand_score documentation, and the plain contingency-table computation. */
class AdjustedRandIndexTests {

    @Test
    void renamedLabelsAreThePerfectMatch() {
        assertThat(AdjustedRandIndex.of(new int[] {0, 0, 1, 1}, new int[] {1, 1, 0, 0})).isEqualTo(1.0);
        assertThat(AdjustedRandIndex.of(new int[] {0, 0, 1, 1}, new int[] {0, 0, 1, 1})).isEqualTo(1.0);
    }

    @Test
    void aSplitClusterScoresAsScikitLearnSays() {
        assertThat(AdjustedRandIndex.of(new int[] {0, 0, 1, 2}, new int[] {0, 0, 1, 1}))
                .isCloseTo(0.5714285714, within(1e-10));
        assertThat(AdjustedRandIndex.of(new int[] {0, 0, 1, 1}, new int[] {0, 0, 1, 2}))
                .isCloseTo(0.5714285714, within(1e-10));
    }

    @Test
    void completelyScatteredAssignmentsScoreZero() {
        assertThat(AdjustedRandIndex.of(new int[] {0, 0, 0, 0}, new int[] {0, 1, 2, 3})).isEqualTo(0.0);
        assertThat(AdjustedRandIndex.of(new int[] {0, 0, 1, 1}, new int[] {0, 1, 0, 1})).isCloseTo(-0.5, within(1e-12));
    }

    @Test
    void agreesWithThePlainComputationOnRandomLabellings() {
        Random random = new Random(7);
        for (int trial = 0; trial < 20; trial++) {
            int n = 50 + random.nextInt(200);
            int[] a = random.ints(n, 0, 4).toArray();
            int[] b = new int[n];
            for (int i = 0; i < n; i++) {
                b[i] = random.nextDouble() < 0.7 ? a[i] : random.nextInt(5);
            }
            assertThat(AdjustedRandIndex.of(a, b)).isCloseTo(PlainAdjustedRand.adjustedRand(a, b), within(1e-12));
        }
    }
}
