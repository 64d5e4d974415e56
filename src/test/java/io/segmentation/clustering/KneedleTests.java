package io.segmentation.clustering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;

import io.segmentation.SharedData;
import org.junit.jupiter.api.Test;

/** Tests of {@link Kneedle} and of the elbow rule of {@link KSelector}. */
class KneedleTests {

    @Test
    void findsTheKneeOfAnInertiaCurveAgainstTheHandComputedChordGap() {
        double[] k = { 2, 3, 4, 5, 6, 7 };
        double[] inertia = { 100, 40, 20, 15, 12, 10 };
        // normalised: chord from (0, 1) to (1, 0); gaps 1 - t - y: k=3 0.8-0.333=0.467, k=4 0.6-0.111=0.489, k=5 0.4-0.056=0.344
        assertThat(Kneedle.knee(k, inertia)).isEqualTo(2);
    }

    @Test
    void findsTheKneeOfAnIncreasingConvexCurve() {
        double[] x = { 0, 1, 2, 3, 4, 5 };
        double[] y = { 1, 1.1, 1.2, 1.4, 3, 10 };

        assertThat(Kneedle.knee(x, y)).isEqualTo(4);
    }

    @Test
    void answersTheFirstPointWhenThereIsNoKnee() {
        assertThat(Kneedle.knee(new double[] { 1, 2, 3, 4 }, new double[] { 4, 3, 2, 1 })).isZero();
        assertThat(Kneedle.knee(new double[] { 1, 2 }, new double[] { 4, 1 })).isZero();
        assertThatIllegalArgumentException().isThrownBy(() -> Kneedle.knee(new double[] { 2, 1 }, new double[] { 1, 2 }));
    }

    @Test
    void elbowPicksFourForFourBlobs() {
        double[][] points = Blobs.around(new double[][] { { 0, 0 }, { 10, 0 }, { 0, 10 }, { 10, 10 } }, 100, 1.0, 3).points();

        KSelection selection = new KSelector().choose(points, 2, 9, 42, 10, 300, 0, KSelectionRule.ELBOW);

        assertThat(selection.chosenK()).isEqualTo(4);
    }

    @Test
    void elbowPicksFiveOnTheOnlineRetailSampleWhereSilhouettePicksTwo() {
        double[][] points = RetailSample.scaledLog1p(RetailSample.rfm(SharedData.file("online_retail_sample_30k.csv")));
        KSelector selector = new KSelector();

        KSelection elbow = selector.choose(points, 2, 10, 42, 10, 300, 0, KSelectionRule.ELBOW);
        List<KCandidate> candidates = elbow.candidates();

        assertThat(elbow.chosenK()).isEqualTo(5);
        assertThat(candidates.get(KSelector.pick(candidates, KSelectionRule.SILHOUETTE)).k()).isEqualTo(2);
    }
}
