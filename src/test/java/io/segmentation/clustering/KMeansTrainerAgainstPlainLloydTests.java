package io.segmentation.clustering;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Checks the trainer against an independent, plain Lloyd implementation run from fifty random starts. */
class KMeansTrainerAgainstPlainLloydTests {

    /** Five overlapping blobs in two dimensions, 3,000 points. */
    private static final double[][] POINTS = Blobs.around(
            new double[][] { { 0, 0 }, { 3, 0 }, { 0, 3 }, { 3, 3 }, { 1.5, 6 } }, 600, 1.2, 2024).points();

    private static final Map<Integer, Double> PLAIN_BEST = new HashMap<>();

    private final KMeansTrainer trainer = new KMeansTrainer();

    @ParameterizedTest
    @ValueSource(ints = { 2, 3, 5, 7 })
    void reachesAnInertiaNoWorseThanTheBestOfFiftyPlainLloydRunsWhenRunToConvergence(int k) {
        // tolerance 0: iterate until no label changes, as the plain implementation does
        KMeansSolution solution = trainer.train(POINTS, new KMeansOptions(k, 42, 10, 300, 0));

        assertThat(solution.inertia()).isLessThanOrEqualTo(plainBest(k) * (1 + 1e-9));
    }

    @ParameterizedTest
    @ValueSource(ints = { 2, 3, 5, 7 })
    void staysWithinTheToleranceOfTheBestPlainLloydRunWithDefaultOptions(int k) {
        // the default tolerance stops a restart once centroids barely move, a hair before full convergence
        KMeansSolution solution = trainer.train(POINTS, KMeansOptions.of(k, 42));

        assertThat(solution.inertia()).isLessThanOrEqualTo(plainBest(k) * (1 + KMeansOptions.DEFAULT_TOLERANCE));
    }

    private static double plainBest(int k) {
        return PLAIN_BEST.computeIfAbsent(k, key -> PlainLloyd.bestInertia(POINTS, key, 50));
    }
}
