package io.segmentation.demo;

import java.time.LocalDate;
import java.time.Month;
import java.util.SplittableRandom;

/** The shop's trading days between two dates: how busy each day is, which minute an invoice falls on, and how days are written. */
final class ShopCalendar {

    // Relative trade per day by month, from the real data's lines per month: flat spring and summer, a rise from
    // September to a November peak, a busy start of December.
    private static final double[] MONTH_WEIGHT = { 0.75, 0.70, 0.85, 0.72, 0.80, 0.85, 0.82, 0.80, 1.20, 1.45, 1.95, 1.35 };

    // Monday to Sunday; the real shop had no Saturday trade at all, so Saturday is kept close to zero.
    private static final double[] WEEKDAY_WEIGHT = { 1.00, 1.03, 1.04, 1.18, 0.83, 0.02, 0.85 };

    private static final double CHRISTMAS_BREAK_WEIGHT = 0.02;

    // Lines by hour of day in the real data, 7:00 to 20:59.
    private static final int FIRST_HOUR = 7;

    private static final double[] HOUR_WEIGHT = { 26, 623, 1717, 2792, 3572, 5041, 4570, 4025, 3633, 2188, 1199, 286, 269, 57 };

    private static final double[] CUMULATIVE_HOUR_WEIGHT = RandomDraws.cumulative(HOUR_WEIGHT);

    private static final String[] CLOCK = clockTexts();

    private final String[] dayTexts;

    private final double[] cumulativeWeight;

    ShopCalendar(LocalDate from, LocalDate to) {
        int days = Math.toIntExact(to.toEpochDay() - from.toEpochDay() + 1);
        this.dayTexts = new String[days];
        double[] weights = new double[days];
        for (int day = 0; day < days; day++) {
            LocalDate date = from.plusDays(day);
            this.dayTexts[day] = date + " ";
            weights[day] = weight(date);
        }
        this.cumulativeWeight = RandomDraws.cumulative(weights);
    }

    /** How busy the shop is on a date, relative to an ordinary Monday. */
    static double weight(LocalDate date) {
        if (christmasBreak(date)) {
            return CHRISTMAS_BREAK_WEIGHT;
        }
        return MONTH_WEIGHT[date.getMonthValue() - 1] * WEEKDAY_WEIGHT[date.getDayOfWeek().getValue() - 1];
    }

    private static boolean christmasBreak(LocalDate date) {
        return (date.getMonth() == Month.DECEMBER && date.getDayOfMonth() >= 24)
                || (date.getMonth() == Month.JANUARY && date.getDayOfMonth() <= 3);
    }

    /** Number of days in the period. */
    int days() {
        return this.dayTexts.length;
    }

    /** Splits {@code lines} over the days in proportion to their weight; the parts add up to exactly {@code lines}. */
    long[] lineBudgets(long lines) {
        long[] budgets = new long[days()];
        double total = this.cumulativeWeight[days() - 1];
        long assigned = 0;
        for (int day = 0; day < days(); day++) {
            long upTo = (day == days() - 1) ? lines : Math.round(lines * (this.cumulativeWeight[day] / total));
            upTo = Math.max(assigned, Math.min(lines, upTo));
            budgets[day] = upTo - assigned;
            assigned = upTo;
        }
        return budgets;
    }

    /** A day drawn in proportion to the weights, among the days holding the first {@code share} of the period's trade. */
    int drawDay(SplittableRandom random, double share) {
        return RandomDraws.pick(this.cumulativeWeight, days(), random.nextDouble() * share);
    }

    /** A minute of the day within shop hours, busiest around noon. */
    static int drawMinute(SplittableRandom random) {
        int hour = FIRST_HOUR + RandomDraws.pick(CUMULATIVE_HOUR_WEIGHT, HOUR_WEIGHT.length, random.nextDouble());
        return hour * 60 + random.nextInt(60);
    }

    /** The timestamp of a minute of a day, as {@code yyyy-MM-dd HH:mm:ss}. */
    String timestamp(int day, int minute) {
        return this.dayTexts[day] + CLOCK[minute];
    }

    private static String[] clockTexts() {
        String[] texts = new String[24 * 60];
        for (int minute = 0; minute < texts.length; minute++) {
            int hour = minute / 60;
            int rest = minute % 60;
            texts[minute] = (hour < 10 ? "0" : "") + hour + (rest < 10 ? ":0" : ":") + rest + ":00";
        }
        return texts;
    }
}
