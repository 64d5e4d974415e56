package io.segmentation.maths;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SortedArraysTests {

    @Test
    void boundsCountTiesOnTheirSide() {
        double[] sorted = {1, 2, 2, 2, 5};
        assertThat(SortedArrays.countBelow(sorted, 5, 2)).isEqualTo(1);
        assertThat(SortedArrays.countAtOrBelow(sorted, 5, 2)).isEqualTo(4);
        assertThat(SortedArrays.countBelow(sorted, 5, 0)).isZero();
        assertThat(SortedArrays.countAtOrBelow(sorted, 5, 9)).isEqualTo(5);
        assertThat(SortedArrays.countAtOrBelow(sorted, 3, 9)).isEqualTo(3);
    }

    @Test
    void agreesWithALinearCountOnRandomArrays() {
        SplittableRandom random = new SplittableRandom(7);
        for (int t = 0; t < 200; t++) {
            double[] sorted = random.doubles(random.nextInt(1, 40), 0, 10).map(Math::floor).sorted().toArray();
            int size = random.nextInt(sorted.length + 1);
            double v = Math.floor(random.nextDouble(-1, 11));
            int below = 0;
            int atOrBelow = 0;
            for (int i = 0; i < size; i++) {
                below += sorted[i] < v ? 1 : 0;
                atOrBelow += sorted[i] <= v ? 1 : 0;
            }
            assertThat(SortedArrays.countBelow(sorted, size, v)).isEqualTo(below);
            assertThat(SortedArrays.countAtOrBelow(sorted, size, v)).isEqualTo(atOrBelow);
        }
    }
}
