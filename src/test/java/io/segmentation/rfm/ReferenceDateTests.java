package io.segmentation.rfm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** Tests of {@link ReferenceDate}. */
class ReferenceDateTests {

    private static final LocalDate LATEST = LocalDate.parse("2011-12-09");
    private static final LocalDate TODAY = LocalDate.parse("2024-05-17");

    @Test
    void takesTheDayAfterTheLatestPurchaseForAuto() {
        assertThat(ReferenceDate.resolve("auto", LATEST, TODAY)).isEqualTo("2011-12-10");
        assertThat(ReferenceDate.resolve("AUTO", LATEST, TODAY)).isEqualTo("2011-12-10");
        assertThat(ReferenceDate.resolve(" ", LATEST, TODAY)).isEqualTo("2011-12-10");
    }

    @Test
    void takesTodayForToday() {
        assertThat(ReferenceDate.resolve("today", LATEST, TODAY)).isEqualTo(TODAY);
        assertThat(ReferenceDate.resolve(" Today ", LATEST, TODAY)).isEqualTo(TODAY);
    }

    @Test
    void takesAFixedIsoDate() {
        assertThat(ReferenceDate.resolve("2011-06-01", LATEST, TODAY)).isEqualTo("2011-06-01");
    }

    @Test
    void rejectsAnythingElseNamingTheSetting() {
        assertThatIllegalArgumentException().isThrownBy(() -> ReferenceDate.resolve("yesterday", LATEST, TODAY))
                .withMessageContaining("'yesterday'").withMessageContaining("auto, today or an ISO date");
        assertThatIllegalArgumentException().isThrownBy(() -> ReferenceDate.resolve("12/10/2011", LATEST, TODAY));
        assertThatIllegalArgumentException().isThrownBy(() -> ReferenceDate.resolve("2011-02-30", LATEST, TODAY));
    }
}
