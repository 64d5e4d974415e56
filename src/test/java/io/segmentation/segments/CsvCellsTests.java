package io.segmentation.segments;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Tests of {@link CsvCells}: text cells that a spreadsheet would run as a formula get a leading apostrophe. */
class CsvCellsTests {

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://evil\")", "+SUM(A1:A9)", "-2+3", "@cmd", "\tTAB", "\rCR", "=", "-"})
    void neutralisesCellsStartingWithAFormulaCharacter(String value) {
        assertThat(CsvCells.text(value)).isEqualTo("'" + value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"12347", "United Kingdom", "champions", "a=b", "x-1", " =leading space"})
    void leavesOtherTextAlone(String value) {
        assertThat(CsvCells.text(value)).isEqualTo(value);
    }

    @ParameterizedTest
    @ValueSource(strings = {""})
    void writesNullAndEmptyAsEmpty(String value) {
        assertThat(CsvCells.text(value)).isEmpty();
        assertThat(CsvCells.text(null)).isEmpty();
    }
}
