package io.segmentation.purchases;

import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;

/**
 * The ISO-8601 forms a purchase date may take, in files and in MongoDB sources alike: a date, or a date-time with
 * {@code T} or a space, optional seconds, fraction and offset; strict, so 2011-02-30 is rejected.
 */
public final class IsoDates {

    /** Parses {@code 2011-12-09}, {@code 2011-12-09 12:50}, {@code 2011-12-09T12:50:00.5+02:00} and the like. */
    public static final DateTimeFormatter FORMAT = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .optionalStart().optionalStart().appendLiteral('T').optionalEnd().optionalStart().appendLiteral(' ').optionalEnd()
            .appendPattern("HH:mm").optionalStart().appendPattern(":ss").optionalEnd()
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd()
            .optionalStart().appendOffsetId().optionalEnd()
            .optionalEnd()
            .toFormatter().withResolverStyle(ResolverStyle.STRICT);

    private IsoDates() {
    }
}
