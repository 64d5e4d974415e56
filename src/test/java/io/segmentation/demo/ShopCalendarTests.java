package io.segmentation.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** Tests of the shop calendar: day weights, line budgets and shop hours. */
class ShopCalendarTests {

    private final ShopCalendar calendar = new ShopCalendar(LocalDate.of(2010, 12, 1), LocalDate.of(2011, 12, 9));

    @Test
    void lineBudgetsAddUpToExactlyTheLinesAsked() {
        for (long lines : new long[] { 0, 1, 373, 60_000, 5_000_000, 9_876_543_210L }) {
            long[] budgets = this.calendar.lineBudgets(lines);

            assertThat(budgets).hasSize(374);
            assertThat(Arrays.stream(budgets).sum()).isEqualTo(lines);
            assertThat(Arrays.stream(budgets).min().orElse(0)).isGreaterThanOrEqualTo(0);
        }
    }

    @Test
    void novemberWeekdaysOutweighSummerOnesAndSaturdaysBarelyCount() {
        LocalDate novemberThursday = LocalDate.of(2011, 11, 17);
        LocalDate julyThursday = LocalDate.of(2011, 7, 14);
        LocalDate saturday = LocalDate.of(2011, 11, 19);

        assertThat(ShopCalendar.weight(novemberThursday)).isGreaterThan(2 * ShopCalendar.weight(julyThursday));
        assertThat(ShopCalendar.weight(saturday)).isLessThan(ShopCalendar.weight(novemberThursday) / 20);
    }

    @Test
    void theChristmasBreakIsNearlyClosed() {
        assertThat(ShopCalendar.weight(LocalDate.of(2010, 12, 28)))
            .isLessThan(ShopCalendar.weight(LocalDate.of(2010, 12, 21)) / 20);
    }

    @Test
    void invoiceMinutesFallInShopHours() {
        SplittableRandom random = new SplittableRandom(11);
        for (int i = 0; i < 10_000; i++) {
            assertThat(ShopCalendar.drawMinute(random)).isBetween(7 * 60, 21 * 60 - 1);
        }
    }

    @Test
    void writesTimestampsWithSecondsAtZero() {
        assertThat(this.calendar.timestamp(0, 9 * 60 + 5)).isEqualTo("2010-12-01 09:05:00");
        assertThat(this.calendar.timestamp(373, 16 * 60 + 20)).isEqualTo("2011-12-09 16:20:00");
    }
}
