package io.segmentation.ingestion;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Numbers as spreadsheets and exports write them, with and without a decimal comma. */
class NumberFormatsTests {

    @ParameterizedTest(name = "{0} (decimal comma {1}) = {2}")
    @CsvSource(delimiter = '|', value = {
            "1234.56|false|1234.56", "1,234.56|false|1234.56", "1,234|false|1234", "1,234,567|false|1234567",
            "1.234.567|false|1234567", "1 234.5|false|1234.5", "1'234.50|false|1234.5", "-12.5|false|-12.5",
            "1.234,56|true|1234.56", "1234,56|true|1234.56", "10,00|true|10", "1 234,56|true|1234.56",
            "19.90|true|19.9", "1,234.56|true|1234.56", "0|true|0"})
    void readsTheUsualForms(String text, boolean decimalComma, double expected) {
        assertThat(LineParser.number(text, "amount", decimalComma)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} (decimal comma {1}) is no number")
    @CsvSource(delimiter = '|', value = {"2,55|false", "1,2345|false", "12,5,6|true", "abc|true", "1e400|false"})
    void rejectsAmbiguousAndBrokenForms(String text, boolean decimalComma) {
        assertThatThrownBy(() -> LineParser.number(text, "amount", decimalComma))
                .isInstanceOf(LineParser.RowException.class).hasMessageContaining("amount '" + text + "'");
    }
}
