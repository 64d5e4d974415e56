package io.segmentation.rfm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** Tests of {@link QuintileScorer}. */
class QuintileScorerTests {

    private static final double[] ONE_TO_TEN = { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 };

    @Test
    void scoresTenDistinctValuesByTheQuintileFormula() {
        // w = k - 1 values are worse than k; 1 + floor(5w / 10) = 1,1,2,2,3,3,4,4,5,5
        assertThat(QuintileScorer.scores(ONE_TO_TEN, true)).containsExactly(1, 1, 2, 2, 3, 3, 4, 4, 5, 5);
    }

    @Test
    void reversesTheDirectionForRecency() {
        // fewer days is better: the value 1 has 9 worse values (larger), the value 10 none
        assertThat(QuintileScorer.scores(ONE_TO_TEN, false)).containsExactly(5, 5, 4, 4, 3, 3, 2, 2, 1, 1);
    }

    @Test
    void scoresEqualValuesEqually() {
        double[] values = { 10, 20, 20, 30 };

        int[] scores = QuintileScorer.scores(values, true);

        // 10: w=0 -> 1; 20: w=1 -> 1 + floor(5/4) = 2; 30: w=3 -> 1 + floor(15/4) = 4
        assertThat(scores).containsExactly(1, 2, 2, 4);
    }

    @Test
    void scoresEqualRecenciesEquallyCountingOnlyStrictlyLargerOnesAsWorse() {
        double[] recency = { 5, 5, 5, 100 };

        // 5: w=1 (only 100 is worse) -> 1 + floor(5/4) = 2; 100: w=0 -> 1
        assertThat(QuintileScorer.scores(recency, false)).containsExactly(2, 2, 2, 1);
    }

    @Test
    void givesEveryoneOneWhenAllValuesAreEqual() {
        double[] values = { 7, 7, 7, 7, 7 };

        assertThat(QuintileScorer.scores(values, true)).containsOnly(1);
        assertThat(QuintileScorer.scores(values, false)).containsOnly(1);
    }

    @Test
    void capsTheScoreAtFive() {
        // the best of two: w=1, 1 + floor(5/2) = 3; the best of one hundred: w=99, 1 + floor(495/100) = 5
        assertThat(QuintileScorer.scores(new double[] { 1, 2 }, true)).containsExactly(1, 3);
        double[] hundred = new double[100];
        for (int i = 0; i < hundred.length; i++) {
            hundred[i] = i;
        }
        int[] scores = QuintileScorer.scores(hundred, true);
        assertThat(scores[99]).isEqualTo(5);
        // each score takes exactly a fifth of 100 distinct values
        for (int score = 1; score <= 5; score++) {
            int s = score;
            assertThat(Arrays.stream(scores).filter(x -> x == s).count()).as("customers scoring %d", s).isEqualTo(20);
        }
    }

    @Test
    void scoresASingleCustomerOne() {
        assertThat(QuintileScorer.scores(new double[] { 42 }, true)).containsExactly(1);
        assertThat(QuintileScorer.scores(new double[] { 42 }, false)).containsExactly(1);
    }

    @Test
    void returnsNoScoresForNoCustomers() {
        assertThat(QuintileScorer.scores(new double[0], true)).isEmpty();
    }

    @Test
    void givesEachValueTheSameScoreWhateverTheInputOrder() {
        Random random = new Random(7);
        List<Double> values = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            values.add((double) random.nextInt(40)); // many ties
        }
        for (boolean higherIsBetter : new boolean[] { true, false }) {
            Map<Double, Integer> expected = scoreByValue(values, higherIsBetter);
            for (int round = 0; round < 5; round++) {
                List<Double> shuffled = new ArrayList<>(values);
                Collections.shuffle(shuffled, random);

                assertThat(scoreByValue(shuffled, higherIsBetter)).isEqualTo(expected);
            }
        }
    }

    @Test
    void isMonotonicInTheValue() {
        Random random = new Random(11);
        double[] values = new double[300];
        for (int i = 0; i < values.length; i++) {
            values[i] = Math.floor(random.nextDouble() * 1000) / 10;
        }
        int[] up = QuintileScorer.scores(values, true);
        int[] down = QuintileScorer.scores(values, false);
        for (int i = 0; i < values.length; i++) {
            for (int j = 0; j < values.length; j++) {
                if (values[i] < values[j]) {
                    assertThat(up[i]).isLessThanOrEqualTo(up[j]);
                    assertThat(down[i]).isGreaterThanOrEqualTo(down[j]);
                }
            }
        }
    }

    /** Scores the values and maps each distinct value to its score, failing if a value got two scores. */
    private static Map<Double, Integer> scoreByValue(List<Double> values, boolean higherIsBetter) {
        double[] array = values.stream().mapToDouble(Double::doubleValue).toArray();
        int[] scores = QuintileScorer.scores(array, higherIsBetter);
        Map<Double, Integer> byValue = new HashMap<>();
        for (int i = 0; i < array.length; i++) {
            Integer previous = byValue.put(array[i], scores[i]);
            assertThat(previous).as("score of %s", array[i]).isIn(null, scores[i]);
        }
        return byValue;
    }
}
