package io.segmentation.purchases;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.Date;

import org.bson.types.Decimal128;
import org.bson.types.ObjectId;
import org.jspecify.annotations.Nullable;

/** Reads the canonical fields from raw BSON values of a source document; null means "cannot be read". */
final class SourceValues {

    private static final DateTimeFormatter ISO = IsoDates.FORMAT;

    private SourceValues() {
    }

    /**
     * An id (customer or order) as text: strings trimmed, integral numbers without a fraction ({@code 12923.0} and
     * {@code "12923.0"} are {@code 12923}, as in uploads), ObjectIds in hex; null when missing, blank or not scalar.
     */
    static @Nullable String id(@Nullable Object raw) {
        if (raw instanceof String s) {
            String t = s.trim();
            if (t.isEmpty()) {
                return null;
            }
            int dot = t.indexOf('.');
            if (dot > 0 && t.substring(0, dot).chars().allMatch(Character::isDigit)
                    && t.substring(dot + 1).chars().allMatch(c -> c == '0')) {
                return t.substring(0, dot);
            }
            return t;
        }
        if (raw instanceof Integer || raw instanceof Long) {
            return raw.toString();
        }
        if (raw instanceof Double d && Double.isFinite(d) && d == Math.rint(d)) {
            return Long.toString(d.longValue());
        }
        if (raw instanceof ObjectId o) {
            return o.toHexString();
        }
        return null;
    }

    /**
     * The instant of a BSON date or an ISO-8601 date or date-time string (local values in the zone), or null; days
     * that do not exist ({@code 2024-02-30}) are not read.
     */
    static @Nullable Instant instant(@Nullable Object raw, ZoneId zone) {
        if (raw instanceof Date d) {
            return d.toInstant();
        }
        if (!(raw instanceof String s) || s.isBlank()) {
            return null;
        }
        try {
            TemporalAccessor t = ISO.parse(s.trim());
            if (t.isSupported(ChronoField.OFFSET_SECONDS)) {
                return OffsetDateTime.from(t).toInstant();
            }
            if (t.isSupported(ChronoField.HOUR_OF_DAY)) {
                return LocalDateTime.from(t).atZone(zone).toInstant();
            }
            return LocalDate.from(t).atStartOfDay(zone).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** A finite amount from a number or a numeric string, or null; the sign is checked by the caller. */
    static @Nullable Double amount(@Nullable Object raw) {
        double value;
        if (raw instanceof Decimal128 d) {
            if (d.isNaN() || d.isInfinite()) {
                return null;
            }
            value = d.bigDecimalValue().doubleValue();
        } else if (raw instanceof Number n) {
            value = n.doubleValue();
        } else if (raw instanceof String s) {
            try {
                value = Double.parseDouble(s.trim());
            } catch (NumberFormatException e) {
                return null;
            }
        } else {
            return null;
        }
        return Double.isFinite(value) ? value : null;
    }

    /** A category name, or null when missing or blank. */
    static @Nullable String category(@Nullable Object raw) {
        if (raw instanceof String s) {
            return s.isBlank() ? null : s.trim();
        }
        return raw instanceof Number n ? n.toString() : null;
    }
}
