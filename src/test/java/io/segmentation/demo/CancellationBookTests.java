package io.segmentation.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Tests of the book of pending cancellations. */
class CancellationBookTests {

    private final CancellationBook book = new CancellationBook(3);

    @Test
    void handsOutCancellationsOnTheirDayOnlyOnce() {
        Cancellation cancellation = cancellation(2);
        this.book.file(1, cancellation);

        assertThat(this.book.take(0, 100)).isEmpty();
        assertThat(this.book.take(1, 100)).containsExactly(cancellation);
        assertThat(this.book.take(1, 100)).isEmpty();
    }

    @Test
    void passesCancellationsThatDoNotFitToTheNextDay() {
        Cancellation small = cancellation(1);
        Cancellation large = cancellation(5);
        this.book.file(0, large);
        this.book.file(0, small);

        assertThat(this.book.take(0, 3)).containsExactly(small);
        assertThat(this.book.take(1, 3)).isEmpty();
        assertThat(this.book.take(2, 5)).containsExactly(large);
    }

    @Test
    void dropsCancellationsDueAfterThePeriod() {
        Cancellation lastDay = cancellation(1);
        this.book.file(3, cancellation(1));
        this.book.file(2, lastDay);
        this.book.file(2, cancellation(4));

        assertThat(this.book.take(2, 1)).containsExactly(lastDay);
    }

    private static Cancellation cancellation(int lines) {
        return new Cancellation(0, new int[lines], new int[lines]);
    }
}
