package io.segmentation.cleaning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Tests of {@link LongHashSet}. */
class LongHashSetTests {

    @Test
    void addsAValueOnce() {
        LongHashSet set = new LongHashSet();

        assertThat(set.add(42)).isTrue();
        assertThat(set.add(42)).isFalse();
        assertThat(set.add(43)).isTrue();
    }

    @Test
    void tracksZeroThoughItMarksEmptySlots() {
        LongHashSet set = new LongHashSet();

        assertThat(set.add(0)).isTrue();
        assertThat(set.add(0)).isFalse();
        assertThat(set.add(1)).isTrue();
        assertThat(set.add(0)).isFalse();
    }

    @Test
    void handlesNegativeAndExtremeValues() {
        LongHashSet set = new LongHashSet();

        for (long v : new long[] { -1, Long.MIN_VALUE, Long.MAX_VALUE, Integer.MIN_VALUE, 1L << 32 }) {
            assertThat(set.add(v)).as("first add of %d", v).isTrue();
            assertThat(set.add(v)).as("second add of %d", v).isFalse();
        }
    }

    @Test
    void agreesWithAHashSetWhileGrowingFarBeyondItsInitialSize() {
        LongHashSet set = new LongHashSet();
        Set<Long> expected = new HashSet<>();
        Random random = new Random(3);
        for (int i = 0; i < 200_000; i++) {
            // a small range, so about a third of the adds are repeats; 0 included
            long value = random.nextInt(300_000) - 1_000;
            assertThat(set.add(value)).isEqualTo(expected.add(value));
        }

        for (long value : expected) {
            assertThat(set.add(value)).isFalse();
        }
        assertThat(expected).contains(0L);
    }

    @Test
    void keepsValuesWhoseLowBitsCollide() {
        LongHashSet set = new LongHashSet();
        for (long i = 1; i <= 5_000; i++) {
            assertThat(set.add(i << 32)).isTrue(); // all land in the same slot first
        }
        for (long i = 1; i <= 5_000; i++) {
            assertThat(set.add(i << 32)).isFalse();
        }
    }
}
