package io.segmentation.ingestion;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;

import io.segmentation.cleaning.PurchaseLine;
import org.jspecify.annotations.Nullable;

/** Turns the fields of one row into a {@link PurchaseLine} with a column mapping, or says why it cannot. */
final class LineParser {

    private static final Set<String> MISSING = Set.of("", "na", "n/a", "nan", "null", "none");

    private final ColumnMapping mapping;
    private final DateParser dates;
    private final int lastNeededColumn;
    private final Instant earliest;
    private final Instant latest;

    LineParser(ColumnMapping mapping, DateParser dates) {
        this(mapping, dates, Instant.MIN, Instant.MAX);
    }

    /** Rejects purchases dated before {@code earliest} or after {@code latest}. */
    LineParser(ColumnMapping mapping, DateParser dates, Instant earliest, Instant latest) {
        this.mapping = mapping;
        this.dates = dates;
        this.earliest = earliest;
        this.latest = latest;
        this.lastNeededColumn = java.util.stream.IntStream.of(mapping.customerId(), mapping.orderId(), mapping.date(),
                mapping.quantity(), mapping.price()).max().orElse(0);
    }

    /** Parses a row; throws {@link RowException} with a message naming the column and the value. */
    PurchaseLine parse(long line, List<String> fields) {
        if (fields.size() <= lastNeededColumn) {
            throw new RowException("has " + fields.size() + " fields, the header has " + mapping.columns());
        }
        String orderId = mapping.orderId() < 0 ? "" : text(fields, mapping.orderId());
        if (orderId == null) {
            throw new RowException("has no order id");
        }
        String dateText = fields.get(mapping.date());
        Instant timestamp;
        try {
            timestamp = dates.parse(dateText);
        } catch (DateTimeParseException e) {
            throw new RowException("date '" + clip(dateText) + "' is not ISO-8601, M/d/yyyy H:mm, M/d/yy H:mm, yyyyMMdd"
                    + " or epoch seconds/milliseconds;"
                    + " pass dateFormat for other forms");
        }
        if (timestamp.isBefore(earliest)) {
            throw new RowException("date '" + clip(dateText) + "' is before 1900-01-01; purchases that old are typos"
                    + " (check the year and the dateFormat)");
        }
        if (timestamp.isAfter(latest)) {
            throw new RowException("date '" + clip(dateText) + "' is more than a day in the future; check the year,"
                    + " the day/month order and the dateFormat");
        }
        if (mapping.orderId() < 0) {
            // why: without an order id column, a customer's purchases at one timestamp are one order
            orderId = "@" + timestamp;
        }
        double quantity = mapping.quantity() < 0 ? 1 : number(fields.get(mapping.quantity()), "quantity", mapping.decimalComma());
        double price = number(fields.get(mapping.price()), mapping.priceIsAmount() ? "amount" : "unit price",
                mapping.decimalComma());
        boolean cancelled = mapping.cancelPrefix() != null && orderId.startsWith(mapping.cancelPrefix());
        return new PurchaseLine(line, customerId(text(fields, mapping.customerId())), orderId, cancelled, timestamp,
                quantity, price, text(fields, mapping.category()), text(fields, mapping.country()),
                Fingerprint.of(fields), text(fields, mapping.product()), text(fields, mapping.productName()));
    }

    private static @Nullable String text(List<String> fields, int column) {
        if (column < 0 || column >= fields.size()) {
            return null;
        }
        String value = fields.get(column).trim();
        // why: every missing marker has at most 4 characters; lower-casing every field cost a tenth of parsing
        return value.length() <= 4 && MISSING.contains(value.toLowerCase(java.util.Locale.ROOT)) ? null : value;
    }

    /** Customer ids written as floats by spreadsheets ({@code 12923.0}) are the integer id ({@code 12923}). */
    static @Nullable String customerId(@Nullable String raw) {
        if (raw == null) {
            return null;
        }
        int dot = raw.indexOf('.');
        if (dot > 0 && isDigits(raw, 0, dot) && isZeros(raw, dot + 1)) {
            return raw.substring(0, dot);
        }
        return raw;
    }

    private static boolean isZeros(String s, int from) {
        for (int i = from; i < s.length(); i++) {
            if (s.charAt(i) != '0') {
                return false;
            }
        }
        return true;
    }

    private static boolean isDigits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * A number as spreadsheets write it: {@code 1234.56}, {@code 1,234.56}, {@code 1.234,56}, {@code 1 234,56},
     * {@code 1'234.56}; with both separators the last one is the decimal one. A lone comma is a decimal comma in
     * files whose decimal separator is a comma ({@code ;}-separated files), else it must group thousands
     * ({@code 1,234}); {@code 2,55} in a comma-separated file is not a number.
     */
    static double number(String raw, String what, boolean decimalComma) {
        String s = raw.trim();
        try {
            double value = Double.parseDouble(plain(s, decimalComma));
            if (!Double.isFinite(value)) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw new RowException(what + " '" + clip(s) + "' is not a number");
        }
    }

    /** The number text in Java's form: grouping removed, '.' as the decimal separator. */
    private static String plain(String s, boolean decimalComma) {
        if (s.indexOf(',') < 0 && s.indexOf(' ') < 0 && s.indexOf('\'') < 0 && s.indexOf('\u00a0') < 0
                && s.indexOf('.') == s.lastIndexOf('.')) {
            return s; // why: the common case, 1234.56, costs one scan
        }
        String t = s.replace(" ", "").replace("\u00a0", "").replace("\u202f", "").replace("'", "");
        int comma = t.lastIndexOf(',');
        int dot = t.lastIndexOf('.');
        if (comma >= 0 && dot >= 0) {
            return comma > dot ? t.replace(".", "").replace(',', '.') : t.replace(",", "");
        }
        if (comma >= 0) {
            if (decimalComma) {
                return t.indexOf(',') == comma ? t.replace(',', '.') : t;
            }
            // why: where '.' is the decimal separator a comma can only group thousands; 2,55 stays unreadable
            return t.matches("[-+]?\\d{1,3}(,\\d{3})+") ? t.replace(",", "") : t;
        }
        // why: several dots can only be thousands separators (1.234.567); one dot is a decimal point even in a
        // ';'-separated file, where many exports still write 19.90
        return t.indexOf('.') != dot ? t.replace(".", "") : t;
    }

    private static String clip(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "...";
    }

    /** A row that cannot be parsed; the message says which field and why. */
    static final class RowException extends RuntimeException {

        RowException(String message) {
            super(message, null, false, false);
        }
    }
}
