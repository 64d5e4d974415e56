package io.segmentation.rules;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A yearly recurring period of calendar days, both ends inclusive, which may wrap the year end (e.g. 12-20/01-05).
 *
 * <p>Comparisons are by month and day only, so {@code 02-29} falls inside a range only in leap years.
 *
 * @param from the first day of the period
 * @param to the last day of the period; before {@code from} when the period wraps the year end
 */
public record MonthDayRange(MonthDay from, MonthDay to) {

    private static final Pattern TEXT = Pattern.compile("\\s*(\\d{2})-(\\d{2})\\s*/\\s*(\\d{2})-(\\d{2})\\s*");

    /** Rejects missing ends. */
    public MonthDayRange {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }

    /**
     * Parses {@code "MM-dd/MM-dd"}, e.g. {@code "04-01/04-20"} or {@code "12-20/01-05"} (wrapping the year end).
     *
     * @param text the period, first day then last day, both inclusive; spaces around the parts are ignored
     * @return the period
     * @throws IllegalArgumentException when the text is null, not of that shape, or names a day that does not exist
     */
    public static MonthDayRange parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("festive period must be given as MM-dd/MM-dd, e.g. 04-01/04-20, was null");
        }
        Matcher m = TEXT.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException(
                    "festive period '" + text + "' must be MM-dd/MM-dd, e.g. 04-01/04-20 or 12-20/01-05");
        }
        return new MonthDayRange(monthDay(text, m.group(1), m.group(2)), monthDay(text, m.group(3), m.group(4)));
    }

    /**
     * Tells whether a date's month and day fall in this period, ends included, in any year.
     *
     * @param date a calendar date, not null
     * @return true when the date is inside the period
     */
    public boolean contains(LocalDate date) {
        MonthDay day = MonthDay.from(date);
        boolean afterStart = !day.isBefore(from);
        boolean beforeEnd = !day.isAfter(to);
        // why: a wrapping period (from after to) is the union of [from, 12-31] and [01-01, to]
        return wrapsYearEnd() ? afterStart || beforeEnd : afterStart && beforeEnd;
    }

    /**
     * Tells whether the period runs over the year end, e.g. 12-20/01-05.
     *
     * @return true when {@code to} comes before {@code from} in the calendar
     */
    public boolean wrapsYearEnd() {
        return to.isBefore(from);
    }

    /** The period as {@code MM-dd/MM-dd}, the text {@link #parse(String)} reads. */
    @Override
    public String toString() {
        return String.format("%02d-%02d/%02d-%02d",
                from.getMonthValue(), from.getDayOfMonth(), to.getMonthValue(), to.getDayOfMonth());
    }

    private static MonthDay monthDay(String text, String month, String day) {
        try {
            return MonthDay.of(Integer.parseInt(month), Integer.parseInt(day));
        } catch (DateTimeException e) {
            throw new IllegalArgumentException(
                    "festive period '" + text + "' names a day that does not exist: " + month + "-" + day, e);
        }
    }
}
