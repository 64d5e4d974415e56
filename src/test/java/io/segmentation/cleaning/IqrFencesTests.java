package io.segmentation.cleaning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Tests of {@link IqrFences}. */
class IqrFencesTests {

    @Test
    void putsTheFencesOneAndAHalfIqrOutsideTheQuartiles() {
        // 1..9: Q1 = 3, Q3 = 7 (positions 2 and 6 of 0..8), IQR 4: fences 3 - 6 = -3 and 7 + 6 = 13
        IqrFences fences = IqrFences.of(new double[] { 9, 1, 8, 2, 7, 3, 6, 4, 5 });

        assertThat(fences.lower()).isEqualTo(-3);
        assertThat(fences.upper()).isEqualTo(13);
    }

    @Test
    void interpolatesQuartilesBetweenValues() {
        // 1,2,3,4: Q1 at position 0.75 = 1.75, Q3 at 2.25 = 3.25 (numpy's linear), IQR 1.5
        IqrFences fences = IqrFences.of(new double[] { 4, 3, 2, 1 });

        assertThat(fences.lower()).isCloseTo(-0.5, within(1e-12));
        assertThat(fences.upper()).isCloseTo(5.5, within(1e-12));
    }

    @Test
    void containsValuesOnTheFencesButNotBeyond() {
        IqrFences fences = IqrFences.of(new double[] { 1, 2, 3, 4, 5, 6, 7, 8, 9 });

        assertThat(fences.contains(13)).isTrue();
        assertThat(fences.contains(-3)).isTrue();
        assertThat(fences.contains(13.0001)).isFalse();
        assertThat(fences.contains(-3.0001)).isFalse();
    }

    @Test
    void findsTheOneOutlierOfOrderAmounts() {
        double[] amounts = { 10, 11, 12, 13, 14, 15, 16, 17, 1000 };

        IqrFences fences = IqrFences.of(amounts);

        assertThat(fences.lower()).isEqualTo(6);
        assertThat(fences.upper()).isEqualTo(22);
        assertThat(fences.contains(1000)).isFalse();
        assertThat(fences.contains(17)).isTrue();
    }

    @Test
    void doesNotReorderTheCallersArray() {
        double[] amounts = { 3, 1, 2 };

        IqrFences.of(amounts);

        assertThat(amounts).containsExactly(3, 1, 2);
    }

    @Test
    void keepsOnlyTheValueOfASingleOrEqualAmounts() {
        IqrFences single = IqrFences.of(new double[] { 5 });
        IqrFences equal = IqrFences.of(new double[] { 5, 5, 5 });

        assertThat(single).isEqualTo(new IqrFences(5, 5));
        assertThat(equal.contains(5)).isTrue();
        assertThat(equal.contains(5.01)).isFalse();
    }

    @Test
    void rejectsNoAmounts() {
        assertThatIllegalArgumentException().isThrownBy(() -> IqrFences.of(new double[0]));
    }
}
