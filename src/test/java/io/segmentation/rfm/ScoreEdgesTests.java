package io.segmentation.rfm;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ScoreEdgesTests {

    @Test
    void scoresEveryValueAsTheQuintileScorerDoes() {
        SplittableRandom random = new SplittableRandom(7);
        for (int trial = 0; trial < 200; trial++) {
            int n = 1 + random.nextInt(60);
            double[] values = new double[n];
            for (int i = 0; i < n; i++) {
                values[i] = random.nextInt(1 + random.nextInt(12));
            }
            for (boolean higherIsBetter : new boolean[] {true, false}) {
                int[] expected = QuintileScorer.scores(values, higherIsBetter);
                ScoreEdges edges = ScoreEdges.of(values, higherIsBetter);
                for (int i = 0; i < n; i++) {
                    assertThat(edges.score(values[i])).as("n=%d value=%s", n, values[i]).isEqualTo(expected[i]);
                }
            }
        }
    }

    @Test
    void scoresANewValueAsIfItWereCountedAgainstTheRun() {
        double[] monetary = {10, 20, 30, 40, 50, 60, 70, 80, 90, 100};
        ScoreEdges edges = ScoreEdges.of(monetary, true);
        assertThat(edges.score(5)).isEqualTo(1);
        assertThat(edges.score(25)).isEqualTo(2);
        assertThat(edges.score(1_000)).isEqualTo(5);
        ScoreEdges recency = ScoreEdges.of(monetary, false);
        assertThat(recency.score(1_000)).isEqualTo(1);
        assertThat(recency.score(1)).isEqualTo(5);
    }

    @Test
    void rejectsNoValues() {
        assertThatIllegalArgumentException().isThrownBy(() -> ScoreEdges.of(new double[0], true));
    }
}
