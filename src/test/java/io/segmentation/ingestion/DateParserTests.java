package io.segmentation.ingestion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Tests of {@link DateParser}. */
class DateParserTests {

    private final DateParser utc = new DateParser(ZoneOffset.UTC, null);

    private static Instant at(String isoInstant) {
        return Instant.parse(isoInstant);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "2011-12-01                | 2011-12-01T00:00:00Z",
            "2011-12-01 08:26:05       | 2011-12-01T08:26:05Z",
            "2011-12-01T08:26:05       | 2011-12-01T08:26:05Z",
            "2011-12-01 08:26          | 2011-12-01T08:26:00Z",
            "2011-12-01T08:26          | 2011-12-01T08:26:00Z",
            "2011-12-01 08:26:05.250   | 2011-12-01T08:26:05.250Z",
            "2011-12-01T08:26:05.123456789 | 2011-12-01T08:26:05.123456789Z",
            "2011-12-01T08:26:05Z      | 2011-12-01T08:26:05Z",
            "2011-12-01T08:26:05+02:00 | 2011-12-01T06:26:05Z",
            "2011-12-01 08:26+02:00    | 2011-12-01T06:26:00Z",
            "2011-12-01T08:26:05.5-05:00 | 2011-12-01T13:26:05.500Z" })
    void readsIsoDatesAndDateTimes(String text, String expected) {
        assertThat(utc.parse(text)).isEqualTo(at(expected));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "12/1/2010 8:26     | 2010-12-01T08:26:00Z",
            "12/01/2010 08:26   | 2010-12-01T08:26:00Z",
            "1/9/2011 14:05     | 2011-01-09T14:05:00Z",
            "12/1/2010 8:26:59  | 2010-12-01T08:26:59Z",
            "12/1/10 8:26       | 2010-12-01T08:26:00Z",
            "6/30/11 23:59      | 2011-06-30T23:59:00Z",
            "12/1/2010          | 2010-12-01T00:00:00Z" })
    void readsUsDateTimes(String text, String expected) {
        assertThat(utc.parse(text)).isEqualTo(at(expected));
    }

    @Test
    void trimsSurroundingBlanks() {
        assertThat(utc.parse("  2011-12-01 08:26:05 ")).isEqualTo(at("2011-12-01T08:26:05Z"));
    }

    @Test
    void readsLocalValuesInTheConfiguredZone() {
        DateParser colombo = new DateParser(ZoneId.of("Asia/Colombo"), null); // UTC+05:30

        assertThat(colombo.parse("2011-12-01 08:26:00")).isEqualTo(at("2011-12-01T02:56:00Z"));
        assertThat(colombo.parse("2011-12-01")).isEqualTo(at("2011-11-30T18:30:00Z"));
        assertThat(colombo.parse("12/1/10 8:26")).isEqualTo(at("2011-12-01T02:56:00Z").minusSeconds(365L * 86400));
        // an explicit offset wins over the zone
        assertThat(colombo.parse("2011-12-01T08:26:00Z")).isEqualTo(at("2011-12-01T08:26:00Z"));
    }

    @Test
    void usesAnExplicitPatternInsteadOfDetection() {
        DateParser european = new DateParser(ZoneOffset.UTC, "dd.MM.yyyy HH:mm");

        assertThat(european.parse("01.12.2010 08:26")).isEqualTo(at("2010-12-01T08:26:00Z"));
        assertThatExceptionOfType(DateTimeParseException.class).isThrownBy(() -> european.parse("2010-12-01 08:26:00"));
    }

    @Test
    void rejectsImpossibleDatesUnderAnExplicitPatternToo() {
        DateParser european = new DateParser(ZoneOffset.UTC, "dd.MM.yyyy HH:mm");

        assertThatExceptionOfType(DateTimeParseException.class).isThrownBy(() -> european.parse("30.02.2011 08:26"));
        assertThat(new DateParser(ZoneOffset.UTC, "M/d/yy").parse("2/28/11")).isEqualTo(at("2011-02-28T00:00:00Z"));
        assertThat(new DateParser(ZoneOffset.UTC, "uuuu-MM-dd'T'HH:mmXXX").parse("2011-02-28T08:00+01:00"))
                .isEqualTo(at("2011-02-28T07:00:00Z"));
    }

    @Test
    void readsADateOnlyExplicitPatternAsStartOfDay() {
        DateParser dayFirst = new DateParser(ZoneOffset.UTC, "d/M/yyyy");

        assertThat(dayFirst.parse("13/2/2011")).isEqualTo(at("2011-02-13T00:00:00Z"));
    }

    @Test
    void ignoresABlankPattern() {
        assertThat(new DateParser(ZoneOffset.UTC, " ").parse("12/1/10 8:26")).isEqualTo(at("2010-12-01T08:26:00Z"));
    }

    @Test
    void rejectsAnInvalidPatternAtConstruction() {
        assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> new DateParser(ZoneOffset.UTC, "yyyy-MM-dd {"));
    }

    @Test
    void failsWithAParseExceptionWhenAnExplicitPatternDoesNotMakeADate() {
        // the pattern parses, but a year alone is no date
        DateParser yearOnly = new DateParser(ZoneOffset.UTC, "yyyy");

        assertThatExceptionOfType(DateTimeParseException.class).isThrownBy(() -> yearOnly.parse("2011"));
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = { "", "garbage", "yesterday", "2011/12/01", "2011-12-01 8h26", "12-1-2010 8:26",
            "1.12.2010 08:26", "2011-12-01 08:26:0x", "41609.35" })
    void rejectsTextInNoAcceptedForm(String text) {
        assertThatExceptionOfType(DateTimeParseException.class).isThrownBy(() -> utc.parse(text));
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = { "2011-02-30", "2011-02-30 10:00:00", "2011-02-30T10:00", "2011-13-01 10:00:00",
            "2011-12-01 25:00:00", "2011-12-01 24:00", "2011-04-31T08:00:00Z", "2/30/2011 8:26", "2/29/11 8:26",
            "13/1/2011 8:26", "12/1/2010 8:61" })
    void rejectsDatesThatDoNotExist(String text) {
        assertThatExceptionOfType(DateTimeParseException.class).isThrownBy(() -> utc.parse(text));
    }

    @Test
    void acceptsTheLeapDayOfALeapYear() {
        assertThat(utc.parse("2012-02-29")).isEqualTo(at("2012-02-29T00:00:00Z"));
        assertThat(utc.parse("2/29/12 8:26")).isEqualTo(at("2012-02-29T08:26:00Z"));
    }
}
