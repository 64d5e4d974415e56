package io.segmentation.cleaning;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

/** Tests of {@link Cleaner}. */
class CleanerTests {

    private static final Instant AT = Instant.parse("2010-12-01T08:26:00Z");

    private static PurchaseLine line(long number, @Nullable String customer, boolean cancelled, double quantity,
                                     double price, long fingerprint) {
        return new PurchaseLine(number, customer, "536365", cancelled, AT, quantity, price, null, "United Kingdom",
                fingerprint);
    }

    private static PurchaseLine good(long number, long fingerprint) {
        return line(number, "17850", false, 6, 2.55, fingerprint);
    }

    private static RejectionReason reasonOf(PurchaseLine line) {
        Cleaner cleaner = new Cleaner(10);
        assertThat(cleaner.accept(line)).isFalse();
        return cleaner.report().errors().get(0).reason();
    }

    @Test
    void keepsAGoodLine() {
        Cleaner cleaner = new Cleaner(10);

        assertThat(cleaner.accept(good(2, 1))).isTrue();
        assertThat(cleaner.report().accepted()).isEqualTo(1);
        assertThat(cleaner.report().errors()).isEmpty();
    }

    @Test
    void namesTheReasonOfEachRule() {
        assertThat(reasonOf(line(2, null, false, 6, 2.55, 1))).isEqualTo(RejectionReason.MISSING_CUSTOMER_ID);
        assertThat(reasonOf(line(2, "17850", true, 6, 2.55, 1))).isEqualTo(RejectionReason.CANCELLED);
        assertThat(reasonOf(line(2, "17850", false, 0, 2.55, 1))).isEqualTo(RejectionReason.NON_POSITIVE_QUANTITY);
        assertThat(reasonOf(line(2, "17850", false, -2, 2.55, 1))).isEqualTo(RejectionReason.NON_POSITIVE_QUANTITY);
        assertThat(reasonOf(line(2, "17850", false, 6, 0, 1))).isEqualTo(RejectionReason.NON_POSITIVE_PRICE);
        assertThat(reasonOf(line(2, "17850", false, 6, -11062.06, 1))).isEqualTo(RejectionReason.NON_POSITIVE_PRICE);
    }

    @Test
    void writesAMessageForEachRule() {
        Cleaner cleaner = new Cleaner(10);
        cleaner.accept(line(2, null, false, 6, 2.55, 1));
        cleaner.accept(line(3, "1", true, 6, 2.55, 2));
        cleaner.accept(line(4, "1", false, -1, 2.55, 3));
        cleaner.accept(line(5, "1", false, 1, -2, 4));
        cleaner.accept(good(6, 5));
        cleaner.accept(good(7, 5));
        cleaner.rejectUnparseable(8, "line 8 date 'x' is not ISO-8601");

        assertThat(cleaner.report().errors()).extracting(RowError::message).containsExactly("no customer id",
                "order 536365 is a cancellation", "quantity -1.0 is not positive", "price or amount -2.0 is not positive",
                "exact repeat of an earlier line of order 536365", "line 8 date 'x' is not ISO-8601");
        assertThat(cleaner.report().errors()).extracting(RowError::line).containsExactly(2L, 3L, 4L, 5L, 7L, 8L);
    }

    @Test
    void letsTheFirstMatchingRuleNameTheReason() {
        // a cancellation without customer id, quantity or price: missing customer id comes first
        assertThat(reasonOf(line(2, null, true, -1, 0, 1))).isEqualTo(RejectionReason.MISSING_CUSTOMER_ID);
        // a cancellation with a negative quantity (as in Online Retail): cancelled, not non-positive quantity
        assertThat(reasonOf(line(2, "17850", true, -1, 2.55, 1))).isEqualTo(RejectionReason.CANCELLED);
        assertThat(reasonOf(line(2, "17850", false, 0, 0, 1))).isEqualTo(RejectionReason.NON_POSITIVE_QUANTITY);
    }

    @Test
    void removesARepeatOfAKeptLineAsDuplicate() {
        Cleaner cleaner = new Cleaner(10);

        assertThat(cleaner.accept(good(2, 42))).isTrue();
        assertThat(cleaner.accept(good(3, 43))).isTrue();
        assertThat(cleaner.accept(good(4, 42))).isFalse();
        assertThat(cleaner.accept(good(5, 42))).isFalse();

        assertThat(cleaner.report().rejectedByReason()).containsEntry(RejectionReason.DUPLICATE, 2L);
        assertThat(cleaner.report().accepted()).isEqualTo(2);
    }

    @Test
    void looksForDuplicatesOnlyAmongKeptLines() {
        Cleaner cleaner = new Cleaner(10);

        // the same fingerprint twice on lines another rule removes: each time that rule's reason, never DUPLICATE
        cleaner.accept(line(2, null, false, 6, 2.55, 7));
        cleaner.accept(line(3, null, false, 6, 2.55, 7));
        // a rejected line does not make a later good line with its fingerprint a duplicate
        assertThat(cleaner.accept(good(4, 7))).isTrue();

        assertThat(cleaner.report().rejectedByReason()).containsEntry(RejectionReason.MISSING_CUSTOMER_ID, 2L)
                .containsEntry(RejectionReason.DUPLICATE, 0L);
    }

    @Test
    void treatsFingerprintZeroLikeAnyOther() {
        Cleaner cleaner = new Cleaner(10);

        assertThat(cleaner.accept(good(2, 0))).isTrue();
        assertThat(cleaner.accept(good(3, 0))).isFalse();
        assertThat(cleaner.report().rejectedByReason()).containsEntry(RejectionReason.DUPLICATE, 1L);
    }

    @Test
    void capsTheListedErrorsButCountsEveryRejection() {
        Cleaner cleaner = new Cleaner(3);
        for (int i = 0; i < 50; i++) {
            cleaner.accept(line(2 + i, null, false, 1, 1, i));
        }
        for (int i = 0; i < 20; i++) {
            cleaner.rejectUnparseable(100 + i, "bad");
        }

        CleaningReport report = cleaner.report();

        assertThat(report.errors()).extracting(RowError::line).containsExactly(2L, 3L, 4L);
        assertThat(report.rejectedByReason()).containsEntry(RejectionReason.MISSING_CUSTOMER_ID, 50L)
                .containsEntry(RejectionReason.UNPARSEABLE, 20L);
        assertThat(report.rejected()).isEqualTo(70);
        assertThat(report.read()).isEqualTo(70);
    }

    @Test
    void listsNoErrorsWhenTheLimitIsZero() {
        Cleaner cleaner = new Cleaner(0);
        cleaner.rejectUnparseable(2, "bad");

        assertThat(cleaner.report().errors()).isEmpty();
        assertThat(cleaner.report().rejected()).isEqualTo(1);
    }

    @Test
    void keepsTheReportSumsConsistent() {
        Cleaner cleaner = new Cleaner(100);
        int fingerprint = 0;
        for (int i = 0; i < 30; i++) {
            cleaner.accept(good(2 + i, fingerprint++));
            cleaner.accept(good(100 + i, fingerprint - 1)); // duplicate
            cleaner.accept(line(200 + i, "c", i % 2 == 0, i % 3 - 1, i % 5 - 1, fingerprint++));
        }
        cleaner.rejectUnparseable(999, "bad");
        cleaner.reclassify(4, RejectionReason.OUTLIER);

        CleaningReport report = cleaner.report();
        long sumOfReasons = report.rejectedByReason().values().stream().mapToLong(Long::longValue).sum();

        assertThat(report.rejected()).isEqualTo(sumOfReasons);
        assertThat(report.read()).isEqualTo(report.accepted() + report.rejected()).isEqualTo(91);
        assertThat(report.rejectedByReason()).containsEntry(RejectionReason.OUTLIER, 4L)
                .containsEntry(RejectionReason.DUPLICATE, 30L);
    }

    @Test
    void listsEveryReasonInTheReportEvenWhenNothingWasRemoved() {
        CleaningReport report = new Cleaner(10).report();

        assertThat(report.rejectedByReason()).hasSize(RejectionReason.values().length)
                .contains(entry(RejectionReason.UNPARSEABLE, 0L), entry(RejectionReason.OUTLIER, 0L));
        assertThat(report.read()).isZero();
    }

    @Test
    void movesReclassifiedLinesFromAcceptedToTheReason() {
        Cleaner cleaner = new Cleaner(10);
        for (int i = 0; i < 5; i++) {
            cleaner.accept(good(2 + i, i));
        }

        cleaner.reclassify(2, RejectionReason.OUTLIER);

        assertThat(cleaner.report().accepted()).isEqualTo(3);
        assertThat(cleaner.report().rejectedByReason()).containsEntry(RejectionReason.OUTLIER, 2L);
        assertThat(cleaner.report().read()).isEqualTo(5);
    }

    @Test
    void keepsItsReportButTakesNoLineOnceTheLinesEnded() {
        Cleaner cleaner = new Cleaner(10);
        cleaner.accept(good(2, 7));
        cleaner.accept(good(3, 7));

        cleaner.linesEnded();

        assertThat(cleaner.report().rejectedByReason().get(RejectionReason.DUPLICATE)).isEqualTo(1L);
        org.assertj.core.api.Assertions.assertThatIllegalStateException().isThrownBy(() -> cleaner.accept(good(4, 8)));
    }
}
