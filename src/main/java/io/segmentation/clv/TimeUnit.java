package io.segmentation.clv;

import java.util.Locale;

/** The unit in which a customer summary's times (tx, T) and the BG/NBD rate parameter alpha are expressed. */
public enum TimeUnit {

    DAYS(1),
    WEEKS(7);

    private final int days;

    TimeUnit(int days) {
        this.days = days;
    }

    /** Length of one unit in days: 1 or 7. */
    public int days() {
        return days;
    }

    /** {@code days} (any real number of days) expressed in this unit. */
    public double fromDays(double days) {
        return days / this.days;
    }

    /**
     * @param name {@code days} or {@code weeks}, case and surrounding blanks ignored
     * @throws IllegalArgumentException for any other name
     */
    public static TimeUnit parse(String name) {
        return switch (name.trim().toLowerCase(Locale.ROOT)) {
            case "days", "day" -> DAYS;
            case "weeks", "week" -> WEEKS;
            default -> throw new IllegalArgumentException("time unit '" + name + "' is neither days nor weeks");
        };
    }
}
