package io.segmentation.ingestion;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.List;

import io.segmentation.purchases.IsoDates;
import org.jspecify.annotations.Nullable;

/**
 * Parses purchase dates: ISO-8601 dates and date-times ({@code T} or space, optional seconds, fraction and offset),
 * {@code M/d/yyyy H:mm[:ss]} and {@code M/d/yy H:mm}, {@code yyyyMMdd}, Unix epoch seconds (10 digits) or
 * milliseconds (13 digits), or one explicit pattern. Local values are read in the zone.
 * Not thread-safe: one per file.
 */
final class DateParser {

    // why: STRICT, so that 2/30/2011 or 2011-02-30 is rejected instead of silently becoming February 28
    private static final List<DateTimeFormatter> US = List.of(
            DateTimeFormatter.ofPattern("M/d/uuuu H:mm[:ss]").withResolverStyle(ResolverStyle.STRICT),
            new DateTimeFormatterBuilder().appendPattern("M/d/")
                    .appendValueReduced(ChronoField.YEAR, 2, 2, 2000).appendPattern(" H:mm[:ss]").toFormatter()
                    .withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("M/d/uuuu").withResolverStyle(ResolverStyle.STRICT));

    private static final DateTimeFormatter ISO = IsoDates.FORMAT;

    private final ZoneId zone;
    private final @Nullable DateTimeFormatter explicit;
    private @Nullable String lastText;
    private @Nullable Instant lastInstant;

    /**
     * @param zone    zone of local date-times
     * @param pattern a {@link DateTimeFormatter} pattern that replaces the detection, or null
     * @throws IllegalArgumentException when the pattern is not a valid pattern
     */
    DateParser(ZoneId zone, @Nullable String pattern) {
        this.zone = zone;
        // why: STRICT rejects impossible dates; the default era lets STRICT resolve a pattern's yyyy (year of era)
        try {
            this.explicit = pattern == null || pattern.isBlank() ? null : new DateTimeFormatterBuilder()
                    .appendPattern(pattern).parseDefaulting(ChronoField.ERA, 1).toFormatter()
                    .withResolverStyle(ResolverStyle.STRICT);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("dateFormat '" + pattern + "' is not a valid date pattern (" + e.getMessage()
                    + "); use java.time letters such as dd/MM/yyyy HH:mm, with literal text in single quotes.", e);
        }
    }

    /** The instant of a date text; throws {@link DateTimeParseException} when no accepted form fits. */
    Instant parse(String text) {
        // why: lines of one invoice share its date text; remembering the last one skips most of the parsing
        if (text.equals(lastText)) {
            return lastInstant;
        }
        Instant instant = parseUncached(text);
        lastText = text;
        lastInstant = instant;
        return instant;
    }

    private Instant parseUncached(String text) {
        String s = text.trim();
        if (explicit != null) {
            return toInstant(explicit.parse(s));
        }
        if (isIsoDateTime(s)) {
            return fastIso(s);
        }
        if (s.length() >= 10 && s.charAt(4) == '-') {
            return toInstant(ISO.parse(s));
        }
        if (isDigits(s)) {
            return compact(s);
        }
        for (DateTimeFormatter f : US) {
            try {
                return toInstant(f.parse(s));
            } catch (DateTimeParseException ignored) {
                // why: try the next accepted form; the last failure is reported below
            }
        }
        throw new DateTimeParseException("'" + s + "' is not a date in an accepted form", s, 0);
    }

    private Instant toInstant(TemporalAccessor t) {
        try {
            if (t.isSupported(ChronoField.OFFSET_SECONDS)) {
                return OffsetDateTime.from(t).toInstant();
            }
            if (t.isSupported(ChronoField.HOUR_OF_DAY)) {
                return LocalDateTime.from(t).atZone(zone).toInstant();
            }
            return LocalDate.from(t).atStartOfDay(zone).toInstant();
        } catch (java.time.DateTimeException e) {
            // why: an explicit pattern may parse without making a date (e.g. "yyyy"); that is a bad row, not a crash
            throw new DateTimeParseException("not a date: " + e.getMessage(), t.toString(), 0, e);
        }
    }

    /** {@code yyyy-MM-dd HH:mm:ss} exactly, the shape of most exports, parsed without a formatter. */
    private static boolean isIsoDateTime(String s) {
        return s.length() == 19 && s.charAt(4) == '-' && s.charAt(7) == '-' && (s.charAt(10) == ' ' || s.charAt(10) == 'T')
                && s.charAt(13) == ':' && s.charAt(16) == ':';
    }

    private Instant fastIso(String s) {
        try {
            var dateTime = LocalDateTime.of(digits(s, 0, 4), digits(s, 5, 7), digits(s, 8, 10),
                    digits(s, 11, 13), digits(s, 14, 16), digits(s, 17, 19));
            return dateTime.atZone(zone).toInstant();
        } catch (java.time.DateTimeException | NumberFormatException e) {
            throw new DateTimeParseException("'" + s + "' is not a valid date-time: " + e.getMessage(), s, 0);
        }
    }

    private static boolean isDigits(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** {@code yyyyMMdd}, epoch seconds (10 digits) or epoch milliseconds (13 digits). */
    private Instant compact(String s) {
        try {
            return switch (s.length()) {
                case 8 -> LocalDate.of(digits(s, 0, 4), digits(s, 4, 6), digits(s, 6, 8)).atStartOfDay(zone).toInstant();
                case 10 -> Instant.ofEpochSecond(Long.parseLong(s));
                case 13 -> Instant.ofEpochMilli(Long.parseLong(s));
                default -> throw new DateTimeParseException("'" + s + "' is neither yyyyMMdd (8 digits) nor epoch"
                        + " seconds (10) or milliseconds (13)", s, 0);
            };
        } catch (java.time.DateTimeException e) {
            throw new DateTimeParseException("'" + s + "' is not a valid yyyyMMdd date: " + e.getMessage(), s, 0);
        }
    }

    private static int digits(String s, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            int d = s.charAt(i) - '0';
            if (d < 0 || d > 9) {
                throw new NumberFormatException("not a digit at position " + (i + 1));
            }
            value = value * 10 + d;
        }
        return value;
    }
}
