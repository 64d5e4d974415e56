package io.segmentation.clustering;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import io.segmentation.ingestion.EmptyFileException;
import io.segmentation.ingestion.UnreadableFileException;
import io.segmentation.ingestion.UnsupportedFormatException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A customer-attributes table (one row per customer) read whole from CSV (FastCSV; UTF-8 with or without BOM,
 * {@code ,} {@code ;} or tab detected from the header) or from the first sheet of an XLSX workbook.
 *
 * @param header column names
 * @param rows   cell texts per data row ("" for an empty cell)
 */
record AttributeTable(List<String> header, List<List<String>> rows) {

    /**
     * Reads a file by its name's extension ({@code .xlsx}, else CSV).
     *
     * @throws UnsupportedFormatException for a legacy {@code .xls} workbook
     * @throws UnreadableFileException   when the bytes are not a readable table
     * @throws EmptyFileException        when there is no data row
     */
    static AttributeTable read(Path file, String fileName) throws IOException {
        String lower = fileName.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".xls")) {
            throw new UnsupportedFormatException("Legacy .xls workbooks are not read; save the sheet as .xlsx or CSV.");
        }
        List<List<String>> all = lower.endsWith(".xlsx") ? readXlsx(file) : readCsv(file);
        if (all.size() < 2) {
            throw new EmptyFileException("The attributes file has no data rows; it needs a header and one row per customer.");
        }
        List<String> header = all.get(0).stream().map(String::trim).toList();
        return new AttributeTable(header, all.subList(1, all.size()));
    }

    /** The index of a column by case-insensitive name, or -1. */
    int column(String name) {
        for (int i = 0; i < header.size(); i++) {
            if (header.get(i).equalsIgnoreCase(name)) {
                return i;
            }
        }
        return -1;
    }

    private static List<List<String>> readCsv(Path file) throws IOException {
        char separator;
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String first = in.readLine();
            separator = separator(first == null ? "" : first);
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new UnreadableFileException("The file is not UTF-8 text: save it as CSV UTF-8 and upload it again.", e);
        }
        List<List<String>> rows = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             var csv = CsvReader.builder().fieldSeparator(separator).skipEmptyLines(true).allowExtraFields(true)
                     .allowMissingFields(true).ofCsvRecord(skipBom(reader))) {
            for (CsvRecord record : csv) {
                rows.add(record.getFields());
            }
        } catch (CsvParseException | java.io.UncheckedIOException e) {
            throw new UnreadableFileException("The attributes CSV cannot be read: " + e.getMessage(), e);
        }
        return rows;
    }

    private static Reader skipBom(Reader reader) throws IOException {
        var pushback = new java.io.PushbackReader(reader, 1);
        int first = pushback.read();
        if (first != -1 && first != '\uFEFF') {
            pushback.unread(first);
        }
        return pushback;
    }

    /** The separator that occurs most often on the header line: {@code ;}, tab or (on a tie) comma. */
    static char separator(String header) {
        long comma = header.chars().filter(c -> c == ',').count();
        long semicolon = header.chars().filter(c -> c == ';').count();
        long tab = header.chars().filter(c -> c == '\t').count();
        if (semicolon > comma && semicolon >= tab) {
            return ';';
        }
        return tab > comma && tab > semicolon ? '\t' : ',';
    }

    private static List<List<String>> readXlsx(Path file) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        DataFormatter formatter = new DataFormatter(Locale.ROOT);
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            if (workbook.getNumberOfSheets() == 0) {
                throw new UnreadableFileException("The workbook has no sheet.");
            }
            Sheet sheet = workbook.getSheetAt(0);
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < row.getLastCellNum(); c++) {
                    Cell cell = row.getCell(c);
                    cells.add(cell == null ? "" : formatter.formatCellValue(cell).trim());
                }
                if (cells.stream().anyMatch(s -> !s.isEmpty())) {
                    rows.add(cells);
                }
            }
        } catch (org.apache.poi.ooxml.POIXMLException | org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException
                 | IOException e) {
            // why: the bytes were just written to a temporary file, so an I/O error here means a broken workbook
            throw new UnreadableFileException("The file is not a readable XLSX workbook: " + e.getMessage(), e);
        }
        return rows;
    }
}
