package io.segmentation.clustering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Comparator;

import org.junit.jupiter.api.Test;

/** Tests of {@link KSelector}. */
class KSelectorTests {

    private static final double[][] FOUR_CENTRES = { { 0, 0, 0 }, { 10, 0, 0 }, { 0, 10, 0 }, { 10, 10, 5 } };

    private final KSelector selector = new KSelector();

    @Test
    void choosesFourClustersForFourBlobs() {
        double[][] points = Blobs.around(FOUR_CENTRES, 100, 1.0, 12).points();

        KSelection selection = selector.choose(points, 2, 8, 42, 10, 300, 1e-4);

        assertThat(selection.chosenK()).isEqualTo(4);
        assertThat(selection.solution().k()).isEqualTo(4);
        assertThat(selection.candidates()).extracting(KCandidate::k).containsExactly(2, 3, 4, 5, 6, 7, 8);
        assertThat(selection.candidates()).allSatisfy(candidate -> {
            assertThat(candidate.inertia()).isPositive();
            assertThat(candidate.calinskiHarabasz()).isPositive();
            assertThat(candidate.daviesBouldin()).isPositive();
        });
        assertThat(selection.chosen()).isEqualTo(
                selection.candidates().stream().max(Comparator.comparingDouble(KCandidate::silhouette)).orElseThrow());
        assertThat(selection.chosen().inertia()).isEqualTo(selection.solution().inertia());
    }

    @Test
    void trainsOnlyTheGivenKWhenTheRangeIsOneValue() {
        double[][] points = Blobs.around(FOUR_CENTRES, 30, 1.0, 13).points();

        KSelection selection = selector.choose(points, 3, 3, 1, 5, 100, 1e-4);

        assertThat(selection.chosenK()).isEqualTo(3);
        assertThat(selection.candidates()).extracting(KCandidate::k).containsExactly(3);
        assertThat(selection.solution())
                .isEqualTo(new KMeansTrainer().train(points, new KMeansOptions(3, 1, 5, 100, 1e-4)));
    }

    @Test
    void skipsEveryKAboveTheNumberOfDistinctPoints() {
        double[][] points = { { 0, 0 }, { 0, 1 }, { 5, 5 }, { 5, 6 }, { 9, 0 }, { 9, 0 } };

        KSelection selection = selector.choose(points, 2, 8, 3, 10, 300, 1e-4);

        assertThat(selection.candidates()).extracting(KCandidate::k).containsExactly(2, 3, 4, 5);
        assertThat(selection.chosenK()).isEqualTo(3);
    }

    @Test
    void prefersADefinedSilhouetteOverTheUndefinedOneOfASingleCluster() {
        double[][] points = Blobs.around(FOUR_CENTRES, 20, 1.0, 14).points();

        KSelection selection = selector.choose(points, 1, 4, 3, 10, 300, 1e-4);

        assertThat(selection.candidates().get(0).silhouette()).isNaN();
        assertThat(selection.chosenK()).isEqualTo(4);
        assertThat(selector.choose(points, 1, 1, 3, 10, 300, 1e-4).chosenK()).isEqualTo(1);
    }

    @Test
    void samplesTheSilhouetteAboveTenThousandPoints() {
        double[][] points = Blobs.around(FOUR_CENTRES, 3_000, 2.0, 15).points();

        KSelection selection = selector.choose(points, 3, 3, 8, 2, 100, 1e-4);

        int[] labels = selection.solution().labels();
        assertThat(selection.chosen().silhouette())
                .isEqualTo(ClusterMetrics.sampledSilhouette(points, labels, 3, KSelector.SILHOUETTE_SAMPLE_SIZE, 8));
    }

    @Test
    void rejectsAnInvalidRange() {
        double[][] points = { { 0 }, { 1 }, { 2 } };

        assertThatIllegalArgumentException().isThrownBy(() -> selector.choose(points, 0, 3, 1, 10, 300, 1e-4));
        assertThatIllegalArgumentException().isThrownBy(() -> selector.choose(points, 3, 2, 1, 10, 300, 1e-4));
        assertThatIllegalArgumentException().isThrownBy(() -> selector.choose(points, 4, 6, 1, 10, 300, 1e-4));
    }
}
