package io.segmentation.clustering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

/** Tests of {@link Centroids}. */
class CentroidsTests {

    @Test
    void measuresEuclideanDistance() {
        assertThat(Centroids.distance(new double[] { 1, 1 }, new double[] { 4, 5 })).isEqualTo(5.0);
        assertThat(Centroids.squaredDistance(new double[] { 1, 1 }, new double[] { 4, 5 })).isEqualTo(25.0);
    }

    @Test
    void findsTheNearestCentroidAndBreaksTiesTowardsTheLowerIndex() {
        double[][] centroids = { { 0, 0 }, { 10, 0 }, { 4, 0 }, { 6, 0 } };

        assertThat(Centroids.nearest(centroids, new double[] { 9, 1 })).isEqualTo(1);
        assertThat(Centroids.nearest(centroids, new double[] { 5, 3 })).isEqualTo(2);
    }

    @Test
    void rejectsMismatchedLengthsAndMissingCentroids() {
        assertThatIllegalArgumentException().isThrownBy(() -> Centroids.distance(new double[] { 1 }, new double[] { 1, 2 }));
        assertThatIllegalArgumentException().isThrownBy(() -> Centroids.nearest(new double[0][], new double[] { 1 }));
    }
}
