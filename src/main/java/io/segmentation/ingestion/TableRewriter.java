package io.segmentation.ingestion;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import de.siegmar.fastcsv.writer.CsvWriter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Copies a CSV or XLSX table without the rows of one customer, read with the upload readers: CSV keeps its field
 * separator (fields quoted where RFC 4180 needs it), XLSX becomes one sheet of the rows as read, numbers as numbers.
 */
final class TableRewriter {

    private TableRewriter() {
    }

    /**
     * @param customerColumn the header of the customer id column, as the upload's report names it
     * @param removedLines   receives the line (CSV) or row (XLSX) numbers of the rows left out
     * @throws UnreadableFileException when the header has no such column (nothing is written then)
     */
    static void rewrite(Path from, Path to, boolean xlsx, String customerColumn, String customerId, ReadLimits limits,
                        Set<Long> removedLines) throws IOException {
        TableReader reader = xlsx ? new XlsxTableReader(limits.maxSharedStringsSize())
                : new CsvTableReader(limits.maxLineLength());
        try (RowSink sink = xlsx ? new XlsxSink(to) : new CsvSink(to, (CsvTableReader) reader)) {
            int[] column = {-1};
            reader.read(from, (line, fields) -> {
                if (column[0] < 0) {
                    column[0] = indexOf(fields, customerColumn);
                    sink.write(fields);
                } else if (column[0] < fields.size()
                        && customerId.equals(LineParser.customerId(fields.get(column[0]).trim()))) {
                    removedLines.add(line);
                } else {
                    sink.write(fields);
                }
            });
        }
    }

    private static int indexOf(List<String> header, String column) {
        for (int i = 0; i < header.size(); i++) {
            if (header.get(i).trim().equalsIgnoreCase(column.trim())) {
                return i;
            }
        }
        throw new UnreadableFileException("The kept file has no column '" + column + "' any more.");
    }

    /** Where the kept rows go. */
    private interface RowSink extends AutoCloseable {
        void write(List<String> fields);

        @Override
        void close() throws IOException;
    }

    /** CSV in UTF-8 with the source's separator, known once the reader has seen the header. */
    private static final class CsvSink implements RowSink {
        private final Writer out;
        private final CsvTableReader reader;
        private CsvWriter csv;

        CsvSink(Path to, CsvTableReader reader) throws IOException {
            this.out = Files.newBufferedWriter(to, StandardCharsets.UTF_8);
            this.reader = reader;
        }

        @Override
        public void write(List<String> fields) {
            if (csv == null) {
                csv = CsvWriter.builder().fieldSeparator(reader.separator()).build(out);
            }
            csv.writeRecord(fields);
        }

        @Override
        public void close() throws IOException {
            if (csv != null) {
                csv.flush();
            }
            out.close();
        }
    }

    /** A streaming workbook of one sheet. */
    private static final class XlsxSink implements RowSink {
        private final Path to;
        private final SXSSFWorkbook workbook = new SXSSFWorkbook(100);
        private final Sheet sheet = workbook.createSheet("Sheet1");
        private int row;

        XlsxSink(Path to) {
            this.to = to;
        }

        @Override
        public void write(List<String> fields) {
            Row r = sheet.createRow(row++);
            for (int i = 0; i < fields.size(); i++) {
                String value = fields.get(i);
                if (row > 1 && value.matches("-?\\d+(\\.\\d+)?([eE]-?\\d+)?") && !value.matches("-?0\\d.*")) {
                    r.createCell(i).setCellValue(Double.parseDouble(value));
                } else {
                    r.createCell(i).setCellValue(value);
                }
            }
        }

        @Override
        public void close() throws IOException {
            try (OutputStream out = Files.newOutputStream(to)) {
                workbook.write(out);
            } finally {
                workbook.close();
            }
        }
    }
}
