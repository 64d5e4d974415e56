package io.segmentation.ingestion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tests of {@link XlsxTableReader} on workbooks built with POI. */
class XlsxTableReaderTests {

    @TempDir
    Path dir;

    /** A row as the handler saw it. */
    private record Line(long line, List<String> fields) {
    }

    private List<Line> read(Path file) throws IOException {
        List<Line> rows = new ArrayList<>();
        new XlsxTableReader().read(file, (line, fields) -> rows.add(new Line(line, List.copyOf(fields))));
        return rows;
    }

    /** Header + three data rows: a date cell, numeric ids and prices, an empty cell in the middle. */
    private Path retailWorkbook() throws IOException {
        Path file = dir.resolve("retail.xlsx");
        try (var workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            CellStyle dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("m/d/yy h:mm"));
            CellStyle priceStyle = workbook.createCellStyle();
            priceStyle.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("#,##0.00"));
            Sheet sheet = workbook.createSheet("Online Retail");
            header(sheet, "InvoiceNo", "StockCode", "Description", "Quantity", "InvoiceDate", "UnitPrice", "CustomerID",
                    "Country");

            Row first = sheet.createRow(1);
            first.createCell(0).setCellValue("536365");
            first.createCell(1).setCellValue("85123A");
            first.createCell(2).setCellValue("WHITE HANGING HEART T-LIGHT HOLDER");
            first.createCell(3).setCellValue(6);
            first.createCell(4).setCellValue(LocalDateTime.of(2010, 12, 1, 8, 26));
            first.getCell(4).setCellStyle(dateStyle);
            first.createCell(5).setCellValue(2.55);
            first.getCell(5).setCellStyle(priceStyle);
            first.createCell(6).setCellValue(12347);
            first.createCell(7).setCellValue("Iceland");

            Row second = sheet.createRow(2);
            second.createCell(0).setCellValue(536366);
            second.createCell(3).setCellValue(12);
            second.createCell(4).setCellValue(LocalDateTime.of(2011, 1, 9, 14, 5, 30));
            second.getCell(4).setCellStyle(dateStyle);
            second.createCell(5).setCellValue(1.85);
            // no CustomerID cell at all
            second.createCell(7).setCellValue("United Kingdom");

            Row third = sheet.createRow(3);
            third.createCell(0).setCellValue("536367");
            third.createCell(2).setCellValue("");
            third.createCell(3).setCellValue(1e7);
            third.createCell(6).setCellValue(12923.0);
            workbook.write(out);
        }
        return file;
    }

    private static void header(Sheet sheet, String... names) {
        Row row = sheet.createRow(0);
        for (int i = 0; i < names.length; i++) {
            row.createCell(i).setCellValue(names[i]);
        }
    }

    @Test
    void readsTheHeaderAndRowsWithRowNumbers() throws IOException {
        List<Line> rows = read(retailWorkbook());

        assertThat(rows).extracting(Line::line).containsExactly(1L, 2L, 3L, 4L);
        assertThat(rows.get(0).fields()).containsExactly("InvoiceNo", "StockCode", "Description", "Quantity",
                "InvoiceDate", "UnitPrice", "CustomerID", "Country");
    }

    @Test
    void writesDatesAsIsoAndNumbersInPlainNotation() throws IOException {
        List<String> first = read(retailWorkbook()).get(1).fields();

        assertThat(first).containsExactly("536365", "85123A", "WHITE HANGING HEART T-LIGHT HOLDER", "6",
                "2010-12-01 08:26:00", "2.55", "12347", "Iceland");
    }

    @Test
    void keepsSecondsOfDateCells() throws IOException {
        assertThat(read(retailWorkbook()).get(2).fields().get(4)).isEqualTo("2011-01-09 14:05:30");
    }

    @Test
    void fillsEmptyCellsWithEmptyText() throws IOException {
        List<String> second = read(retailWorkbook()).get(2).fields();

        assertThat(second).containsExactly("536366", "", "", "12", "2011-01-09 14:05:30", "1.85", "", "United Kingdom");
    }

    @Test
    void padsARowWhoseLastCellsAreEmptyToTheHeaderWidth() throws IOException {
        List<String> third = read(retailWorkbook()).get(3).fields();

        assertThat(third).containsExactly("536367", "", "", "10000000", "", "", "12923", "");
    }

    @Test
    void skipsRowsWithoutAnyValue() throws IOException {
        Path file = dir.resolve("gaps.xlsx");
        try (var workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet();
            header(sheet, "a", "b");
            sheet.createRow(1).createCell(0).setCellValue("");
            Row row = sheet.createRow(4);
            row.createCell(0).setCellValue("x");
            row.createCell(1).setCellValue(0.1 + 0.2);
            workbook.write(out);
        }

        List<Line> rows = read(file);

        assertThat(rows).hasSize(2);
        assertThat(rows.get(1).line()).isEqualTo(5);
        assertThat(rows.get(1).fields()).containsExactly("x", "0.30000000000000004");
    }

    @Test
    void readsDatesOfAWorkbookInThe1904DateSystem() throws IOException {
        Path file = dir.resolve("mac.xlsx");
        try (var workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            var ct = workbook.getCTWorkbook();
            (ct.isSetWorkbookPr() ? ct.getWorkbookPr() : ct.addNewWorkbookPr()).setDate1904(true);
            CellStyle dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
            Sheet sheet = workbook.createSheet();
            header(sheet, "InvoiceDate");
            var cell = sheet.createRow(1).createCell(0);
            cell.setCellValue(LocalDateTime.of(2010, 12, 1, 8, 26)); // stored as days since 1904-01-01
            cell.setCellStyle(dateStyle);
            workbook.write(out);
        }

        assertThat(read(file).get(1).fields()).containsExactly("2010-12-01 08:26:00");
    }

    @Test
    void readsOnlyTheFirstSheet() throws IOException {
        Path file = dir.resolve("two-sheets.xlsx");
        try (var workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            header(workbook.createSheet("first"), "a", "b");
            header(workbook.createSheet("second"), "c", "d");
            workbook.write(out);
        }

        assertThat(read(file)).containsExactly(new Line(1, List.of("a", "b")));
    }

    @Test
    void failsOnBytesThatAreNoWorkbook() throws IOException {
        Path file = dir.resolve("not.xlsx");
        Files.writeString(file, "InvoiceNo,Quantity\n536365,6\n", StandardCharsets.UTF_8);

        assertThatExceptionOfType(UnreadableFileException.class).isThrownBy(() -> read(file))
                .withMessageContaining("XLSX");
    }
}
