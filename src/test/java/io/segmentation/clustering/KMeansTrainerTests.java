package io.segmentation.clustering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Tests of {@link KMeansTrainer}. */
class KMeansTrainerTests {

    private static final double[][] FOUR_CENTRES = { { 0, 0, 0 }, { 20, 0, 0 }, { 0, 20, 0 }, { 0, 0, 20 } };

    private final KMeansTrainer trainer = new KMeansTrainer();

    @Test
    void givesBitIdenticalResultsForTheSameDataAndSeed() {
        // 20,000 points x k = 5 is large enough for the restarts to run in parallel
        double[][] points = Blobs.around(new double[][] { { 0, 0 }, { 2, 1 }, { 1, 3 }, { 4, 4 } }, 5_000, 1.5, 7).points();

        KMeansSolution first = trainer.train(points, KMeansOptions.of(5, 99));
        KMeansSolution second = trainer.train(points, KMeansOptions.of(5, 99));

        assertThat(second.centroids()).isDeepEqualTo(first.centroids());
        assertThat(second.labels()).isEqualTo(first.labels());
        assertThat(second.inertia()).isEqualTo(first.inertia());
        assertThat(second).isEqualTo(first);
    }

    @Test
    void recoversWellSeparatedBlobs() {
        Blobs blobs = Blobs.around(FOUR_CENTRES, 50, 1.0, 3);

        KMeansSolution solution = trainer.train(blobs.points(), KMeansOptions.of(4, 1));

        for (double[] centre : FOUR_CENTRES) {
            double[] found = solution.centroids()[Centroids.nearest(solution.centroids(), centre)];
            assertThat(Centroids.distance(found, centre)).isLessThan(0.5);
        }
        Set<String> pairs = new HashSet<>();
        for (int i = 0; i < blobs.truth().length; i++) {
            pairs.add(blobs.truth()[i] + "->" + solution.labels()[i]);
        }
        assertThat(pairs).as("each blob maps to exactly one cluster").hasSize(4);
        assertThat(solution.clusterSizes()).containsExactly(50, 50, 50, 50);
    }

    @Test
    void placesTheSingleCentroidAtTheMeanWhenKIsOne() {
        double[][] points = { { 1, 2 }, { 3, 6 }, { 5, 1 }, { 7, 3 } };

        KMeansSolution solution = trainer.train(points, KMeansOptions.of(1, 0));

        assertThat(solution.centroids()[0]).containsExactly(new double[] { 4, 3 }, within(1e-12));
        // squared distances to (4, 3): 9 + 1, 1 + 9, 1 + 4, 9 + 0
        assertThat(solution.inertia()).isCloseTo(34, within(1e-9));
        assertThat(solution.labels()).containsOnly(0);
    }

    @Test
    void labelsEveryPointWithItsNearestCentroidAndReportsTheMatchingInertia() {
        double[][] points = Blobs.around(new double[][] { { 0, 0 }, { 2, 2 }, { 4, 0 } }, 300, 1.0, 11).points();

        KMeansSolution solution = trainer.train(points, KMeansOptions.of(3, 5));

        double inertia = 0;
        for (int i = 0; i < points.length; i++) {
            assertThat(solution.labels()[i]).isEqualTo(Centroids.nearest(solution.centroids(), points[i]));
            inertia += Centroids.squaredDistance(points[i], solution.centroids()[solution.labels()[i]]);
        }
        assertThat(solution.inertia()).isCloseTo(inertia, within(1e-9 * inertia));
        assertThat(solution.iterations()).isBetween(1, KMeansOptions.DEFAULT_MAX_ITERATIONS);
    }

    @Test
    void reseedsAnEmptyClusterWithThePointFarthestFromItsCentroid() {
        double[] x = { 0, 1, 2, 10, 11, 12 };
        // centroids 0 and 1 start far from every point, so both clusters are empty after the first assignment
        double[] initial = { 100, 101, 0 };

        KMeansSolution solution = LloydRefinement.run(x, 6, 1, initial, 300, 0);

        assertThat(solution.clusterSizes()).containsExactly(1, 2, 3);
        assertThat(solution.centroids()).isDeepEqualTo(new double[][] { { 12 }, { 10.5 }, { 1 } });
        // 0 + (0.25 + 0.25) + (1 + 0 + 1)
        assertThat(solution.inertia()).isEqualTo(2.5);
    }

    @Test
    void rejectsKAboveTheNumberOfPointsOrOfDistinctPoints() {
        double[][] three = { { 0 }, { 1 }, { 2 } };
        double[][] twoDistinct = { { 0, 0 }, { 1, 1 }, { 0, 0 }, { 1, 1 }, { 0, 0 } };

        assertThatIllegalArgumentException().isThrownBy(() -> trainer.train(three, KMeansOptions.of(4, 0)))
                .withMessageContaining("number of points");
        assertThatIllegalArgumentException().isThrownBy(() -> trainer.train(twoDistinct, KMeansOptions.of(3, 0)))
                .withMessageContaining("distinct");
        assertThat(trainer.train(twoDistinct, KMeansOptions.of(2, 0)).inertia()).isZero();
    }

    @Test
    void rejectsInvalidOptions() {
        assertThatIllegalArgumentException().isThrownBy(() -> KMeansOptions.of(0, 1));
        assertThatIllegalArgumentException().isThrownBy(() -> new KMeansOptions(2, 1, 0, 300, 1e-4));
        assertThatIllegalArgumentException().isThrownBy(() -> new KMeansOptions(2, 1, 10, 0, 1e-4));
        assertThatIllegalArgumentException().isThrownBy(() -> new KMeansOptions(2, 1, 10, 300, -1));
        assertThatIllegalArgumentException().isThrownBy(() -> new KMeansOptions(2, 1, 10, 300, Double.NaN));
        assertThat(KMeansOptions.of(3, 8)).isEqualTo(new KMeansOptions(3, 8, 10, 300, 1e-4));
    }

    @Test
    void rejectsEmptyRaggedOrNonFinitePoints() {
        KMeansOptions options = KMeansOptions.of(1, 0);

        assertThatIllegalArgumentException().isThrownBy(() -> trainer.train(new double[0][], options));
        assertThatIllegalArgumentException().isThrownBy(() -> trainer.train(new double[][] { { 1, 2 }, { 3 } }, options));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> trainer.train(new double[][] { { 1, Double.NaN } }, options));
    }

    @Test
    void doesNotModifyThePoints() {
        double[][] points = Blobs.around(FOUR_CENTRES, 10, 1.0, 4).points();
        double[][] copy = Arrays.stream(points).map(double[]::clone).toArray(double[][]::new);

        trainer.train(points, KMeansOptions.of(4, 2));

        assertThat(points).isDeepEqualTo(copy);
    }
}
