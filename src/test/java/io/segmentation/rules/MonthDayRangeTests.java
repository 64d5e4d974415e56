package io.segmentation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.MonthDay;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MonthDayRangeTests {

    @Test
    void containsBothEndsOfARange() {
        MonthDayRange easter = MonthDayRange.parse("04-01/04-20");

        assertThat(easter.contains(LocalDate.parse("2011-04-01"))).isTrue();
        assertThat(easter.contains(LocalDate.parse("2010-04-20"))).isTrue();
        assertThat(easter.contains(LocalDate.parse("2011-03-31"))).isFalse();
        assertThat(easter.contains(LocalDate.parse("2011-04-21"))).isFalse();
    }

    @Test
    void containsDaysOnBothSidesOfTheYearEndWhenWrapping() {
        MonthDayRange holidays = MonthDayRange.parse("12-20/01-05");

        assertThat(holidays.wrapsYearEnd()).isTrue();
        assertThat(holidays.contains(LocalDate.parse("2010-12-20"))).isTrue();
        assertThat(holidays.contains(LocalDate.parse("2010-12-31"))).isTrue();
        assertThat(holidays.contains(LocalDate.parse("2011-01-01"))).isTrue();
        assertThat(holidays.contains(LocalDate.parse("2011-01-05"))).isTrue();
        assertThat(holidays.contains(LocalDate.parse("2011-01-06"))).isFalse();
        assertThat(holidays.contains(LocalDate.parse("2010-12-19"))).isFalse();
        assertThat(holidays.contains(LocalDate.parse("2011-07-01"))).isFalse();
    }

    @Test
    void containsOnlyItsDayWhenBothEndsAreEqual() {
        MonthDayRange christmas = MonthDayRange.parse("12-25/12-25");

        assertThat(christmas.wrapsYearEnd()).isFalse();
        assertThat(christmas.contains(LocalDate.parse("2011-12-25"))).isTrue();
        assertThat(christmas.contains(LocalDate.parse("2011-12-24"))).isFalse();
        assertThat(christmas.contains(LocalDate.parse("2011-12-26"))).isFalse();
    }

    @Test
    void parsesWithSurroundingSpacesAndPrintsBack() {
        MonthDayRange range = MonthDayRange.parse(" 12-01 / 12-31 ");

        assertThat(range).isEqualTo(new MonthDayRange(MonthDay.of(12, 1), MonthDay.of(12, 31)));
        assertThat(range).hasToString("12-01/12-31");
        assertThat(MonthDayRange.parse(range.toString())).isEqualTo(range);
    }

    @Test
    void acceptsTheLeapDay() {
        assertThat(MonthDayRange.parse("02-29/03-01").contains(LocalDate.parse("2012-02-29"))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "04-01", "04-01-04-20", "4-1/4-20", "April/May", "04-01/04-20/05-01", "0401/0420"})
    void rejectsTextOfTheWrongShapeNamingTheExpectedOne(String text) {
        assertThatThrownBy(() -> MonthDayRange.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'" + text + "'")
                .hasMessageContaining("MM-dd/MM-dd");
    }

    @ParameterizedTest
    @ValueSource(strings = {"02-30/03-01", "13-01/12-31", "04-00/04-20", "04-01/04-31"})
    void rejectsDaysThatDoNotExist(String text) {
        assertThatThrownBy(() -> MonthDayRange.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("does not exist");
    }

    @Test
    void rejectsMissingText() {
        assertThatThrownBy(() -> MonthDayRange.parse(null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("MM-dd/MM-dd");
    }
}
