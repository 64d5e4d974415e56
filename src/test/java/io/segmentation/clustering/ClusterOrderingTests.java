package io.segmentation.clustering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

/** Tests of {@link ClusterOrdering}. */
class ClusterOrderingTests {

    private static final KMeansSolution SOLUTION = new KMeansSolution(
            new double[][] { { 0, 5 }, { 1, 9 }, { 2, 1 } }, new int[] { 0, 1, 2, 2, 1, 0 }, 12.5, 7);

    @Test
    void numbersClustersByDecreasingCentroidValueOfTheFeature() {
        KMeansSolution ordered = ClusterOrdering.orderByFeatureDescending(SOLUTION, 1);

        assertThat(ordered.centroids()).isDeepEqualTo(new double[][] { { 1, 9 }, { 0, 5 }, { 2, 1 } });
        assertThat(ordered.labels()).containsExactly(1, 0, 2, 2, 0, 1);
        assertThat(ordered.inertia()).isEqualTo(12.5);
        assertThat(ordered.iterations()).isEqualTo(7);
    }

    @Test
    void keepsEveryPointWithTheSameCentroid() {
        KMeansSolution ordered = ClusterOrdering.orderByFeatureDescending(SOLUTION, 0);

        for (int i = 0; i < SOLUTION.labels().length; i++) {
            assertThat(ordered.centroids()[ordered.labels()[i]]).isEqualTo(SOLUTION.centroids()[SOLUTION.labels()[i]]);
        }
        assertThat(Arrays.stream(ordered.centroids()).mapToDouble(centroid -> centroid[0])).containsExactly(2.0, 1.0, 0.0);
        assertThat(SOLUTION.labels()).as("the input is left alone").containsExactly(0, 1, 2, 2, 1, 0);
    }

    @Test
    void keepsTheOriginalOrderOfEqualValues() {
        KMeansSolution tied = new KMeansSolution(new double[][] { { 1, 0 }, { 3, 0 }, { 2, 0 } }, new int[] { 0, 1, 2 }, 0, 1);

        KMeansSolution ordered = ClusterOrdering.orderByFeatureDescending(tied, 1);

        assertThat(ordered.centroids()).isDeepEqualTo(tied.centroids());
        assertThat(ordered.labels()).containsExactly(0, 1, 2);
    }

    @Test
    void rejectsAFeatureTheCentroidsDoNotHave() {
        assertThatIllegalArgumentException().isThrownBy(() -> ClusterOrdering.orderByFeatureDescending(SOLUTION, 2));
        assertThatIllegalArgumentException().isThrownBy(() -> ClusterOrdering.orderByFeatureDescending(SOLUTION, -1));
    }
}
