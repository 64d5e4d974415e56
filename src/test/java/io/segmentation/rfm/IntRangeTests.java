package io.segmentation.rfm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

/** Tests of {@link IntRange}. */
class IntRangeTests {

    @Test
    void parsesARange() {
        assertThat(IntRange.parse("4-5")).isEqualTo(new IntRange(4, 5));
        assertThat(IntRange.parse(" 1 - 2 ")).isEqualTo(new IntRange(1, 2));
    }

    @Test
    void parsesASingleScore() {
        assertThat(IntRange.parse("3")).isEqualTo(new IntRange(3, 3));
    }

    @Test
    void parsesAnyInAnyCase() {
        assertThat(IntRange.parse("any")).isEqualTo(IntRange.ANY);
        assertThat(IntRange.parse("ANY")).isEqualTo(new IntRange(1, 5));
    }

    @Test
    void rejectsTextThatIsNoRange() {
        assertThatIllegalArgumentException().isThrownBy(() -> IntRange.parse("four"))
                .withMessageContaining("'four' is not a score range");
        assertThatIllegalArgumentException().isThrownBy(() -> IntRange.parse("4-"));
        assertThatIllegalArgumentException().isThrownBy(() -> IntRange.parse(""));
    }

    @Test
    void rejectsAnEmptyRange() {
        assertThatIllegalArgumentException().isThrownBy(() -> IntRange.parse("5-4")).withMessageContaining("empty");
    }

    @Test
    void formatsAsItParses() {
        assertThat(new IntRange(4, 5)).hasToString("4-5");
        assertThat(new IntRange(3, 3)).hasToString("3");
        assertThat(new IntRange(1, 5)).hasToString("any");
        for (String text : new String[] { "4-5", "3", "any", "1-2" }) {
            assertThat(IntRange.parse(text)).hasToString(text);
        }
    }

    @Test
    void containsItsBoundsInclusively() {
        IntRange range = IntRange.parse("2-4");

        assertThat(range.contains(1)).isFalse();
        assertThat(range.contains(2)).isTrue();
        assertThat(range.contains(4)).isTrue();
        assertThat(range.contains(5)).isFalse();
    }
}
