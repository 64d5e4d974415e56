package io.segmentation.ingestion;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads a whole small table, such as a customer-attributes file, with the same readers, format rules and limits as
 * purchase uploads (separator detection, BOM, streaming XLSX with zip-bomb and shared-strings limits).
 */
public final class TableFiles {

    private TableFiles() {
    }

    /**
     * @param file     the bytes on disk
     * @param fileName the client's file name: {@code .xlsx} is a workbook, {@code .xls} is refused, anything else CSV
     * @param limits   line length and XLSX shared strings limits
     * @return every non-empty row, header first, cells as read
     * @throws UnsupportedFormatException for a legacy {@code .xls} workbook
     * @throws UnreadableFileException    when the bytes are not a readable table
     * @throws UploadLimitException       when a limit is exceeded
     */
    public static List<List<String>> readAll(Path file, String fileName, ReadLimits limits) throws IOException {
        String lower = fileName.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".xls")) {
            throw new UnsupportedFormatException("Legacy .xls workbooks are not read; save the sheet as .xlsx or CSV.");
        }
        TableReader reader = lower.endsWith(".xlsx") ? new XlsxTableReader(limits.maxSharedStringsSize())
                : new CsvTableReader(limits.maxLineLength());
        List<List<String>> rows = new ArrayList<>();
        reader.read(file, (line, fields) -> rows.add(fields));
        return rows;
    }
}
