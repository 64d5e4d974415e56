package io.segmentation.rfm;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * How the reference date ({@code asOf}) is chosen: {@code auto} = the day after the latest purchase in the data,
 * {@code today} = today's date in the configured zone, or a fixed ISO date such as {@code 2011-12-10}.
 */
public final class ReferenceDate {

    private ReferenceDate() {
    }

    /**
     * @param setting        {@code auto}, {@code today} or an ISO date
     * @param latestPurchase the latest purchase date in the data
     * @param today          today in the configured zone
     * @throws IllegalArgumentException when the setting is none of these
     */
    public static LocalDate resolve(String setting, LocalDate latestPurchase, LocalDate today) {
        String s = setting.trim();
        if (s.isEmpty() || s.equalsIgnoreCase("auto")) {
            return latestPurchase.plusDays(1);
        }
        if (s.equalsIgnoreCase("today")) {
            return today;
        }
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("asOf '" + setting + "' is not auto, today or an ISO date such as 2011-12-10");
        }
    }
}
