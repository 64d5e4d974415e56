package io.segmentation.ingestion;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;

import java.io.FilterInputStream;

import org.apache.poi.ooxml.util.SAXHelper;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads the first sheet of an XLSX workbook with Apache POI's streaming (SAX) reader, so a large sheet is never
 * loaded as a whole; date cells come out as ISO-8601 text and numbers in plain notation.
 */
final class XlsxTableReader implements TableReader {

    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final Pattern DATE_1904 =
            Pattern.compile("<(?:\\w+:)?workbookPr\\b[^>]*\\bdate1904\\s*=\\s*[\"'](?:1|true)[\"']");

    static final String SHARED_STRINGS_LIMIT = "segmentation.ingestion.max-shared-strings-size";

    static {
        // why: a zip bomb inflates a tiny upload into gigabytes; POI refuses entries compressed beyond this ratio
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(2L * 1024 * 1024 * 1024);
    }

    private final long maxSharedStringsSize;

    /** @param maxSharedStringsSize largest uncompressed shared strings table read into memory, in bytes */
    XlsxTableReader(long maxSharedStringsSize) {
        this.maxSharedStringsSize = maxSharedStringsSize;
    }

    XlsxTableReader() {
        this(ReadLimits.withLineLength(0).maxSharedStringsSize());
    }

    @Override
    public void read(Path file, RowHandler handler) throws IOException {
        try {
            readWorkbook(file, handler);
        } catch (UploadLimitException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            UploadLimitException limit = limitIn(e);
            if (limit != null) {
                throw limit;
            }
            throw e;
        }
    }

    /** The limit a failure comes from, when it comes from one: ours, or POI's zip bomb checks. */
    private static @org.jspecify.annotations.Nullable UploadLimitException limitIn(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof UploadLimitException limit) {
                return limit;
            }
            if (t.getMessage() != null && t.getMessage().contains("Zip bomb detected")) {
                return new UploadLimitException("zip-bomb", "The XLSX workbook inflates far beyond its size (more than"
                        + " 100 times, or an entry over 2 GB): it looks like a zip bomb and is not read. Save the sheet"
                        + " again from the spreadsheet application, or upload it as CSV.", t);
            }
        }
        return null;
    }

    private void readWorkbook(Path file, RowHandler handler) throws IOException {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            var strings = sharedStrings(pkg);
            var reader = new XSSFReader(pkg);
            var sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new UnreadableFileException("The workbook has no sheet.");
            }
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = SAXHelper.newXMLReader();
                parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), null, strings,
                        new RowCollector(handler), new PlainDataFormatter(isDate1904(reader)), false));
                parser.parse(new InputSource(sheet));
            }
        } catch (InvalidFormatException | org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException e) {
            throw new UnreadableFileException("The file is not a readable XLSX workbook: " + e.getMessage(), e);
        } catch (OpenXML4JException | SAXException | javax.xml.parsers.ParserConfigurationException e) {
            throw new UnreadableFileException("The XLSX workbook cannot be read: " + e.getMessage(), e);
        } catch (IOException | RuntimeException e) {
            if (e instanceof UnreadableFileException) {
                throw e;
            }
            throw new UnreadableFileException("The XLSX workbook cannot be read: " + e.getMessage(), e);
        }
    }

    /**
     * The shared strings table, which POI holds in memory: refused when its uncompressed size, as declared or as
     * read, exceeds the limit, before it can exhaust the heap.
     */
    private ReadOnlySharedStringsTable sharedStrings(OPCPackage pkg) throws IOException, SAXException {
        List<PackagePart> parts = pkg.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType());
        if (parts.isEmpty()) {
            return new ReadOnlySharedStringsTable(pkg, false);
        }
        PackagePart part = parts.get(0);
        if (part.getSize() > maxSharedStringsSize) {
            throw sharedStringsTooLarge();
        }
        try (InputStream in = new LimitedInputStream(part.getInputStream(), maxSharedStringsSize)) {
            return new ReadOnlySharedStringsTable(in, false);
        }
    }

    private UploadLimitException sharedStringsTooLarge() {
        return new UploadLimitException(SHARED_STRINGS_LIMIT, "The workbook's shared strings table is larger than "
                + maxSharedStringsSize / (1024 * 1024) + " MB uncompressed, more than is read into memory; upload the"
                + " sheet as CSV, or split it.");
    }

    /** Counts the bytes read and fails once more than the limit went through (the declared size may lie). */
    private final class LimitedInputStream extends FilterInputStream {

        private final long limit;
        private long count;

        LimitedInputStream(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                counted(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                counted(n);
            }
            return n;
        }

        private void counted(long n) {
            count += n;
            if (count > limit) {
                throw sharedStringsTooLarge();
            }
        }
    }

    /** True when the workbook counts dates from 1904 (old Mac Excel); the streaming handler does not tell. */
    private static boolean isDate1904(XSSFReader reader) throws IOException, InvalidFormatException {
        try (InputStream workbook = reader.getWorkbookData()) {
            return DATE_1904.matcher(new String(workbook.readAllBytes(), StandardCharsets.UTF_8)).find();
        }
    }

    /** Collects the cells of each row into a list, filling skipped (empty) cells with "", up to the header's width. */
    private static final class RowCollector implements XSSFSheetXMLHandler.SheetContentsHandler {

        private final RowHandler handler;
        private final List<String> cells = new ArrayList<>();
        private int headerWidth;

        RowCollector(RowHandler handler) {
            this.handler = handler;
        }

        @Override
        public void startRow(int rowNum) {
            cells.clear();
        }

        @Override
        public void endRow(int rowNum) {
            if (cells.stream().allMatch(String::isEmpty)) {
                return;
            }
            // why: a sheet stores no trailing empty cells; a CSV row would still have them as ""
            if (cells.size() < headerWidth) {
                cells.addAll(Collections.nCopies(headerWidth - cells.size(), ""));
            }
            if (headerWidth == 0) {
                headerWidth = cells.size();
            }
            handler.row(rowNum + 1L, List.copyOf(cells));
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            int column = reference == null ? cells.size() : new CellReference(reference).getCol();
            if (column >= cells.size()) {
                cells.addAll(Collections.nCopies(column - cells.size() + 1, ""));
            }
            cells.set(column, value == null ? "" : value);
        }
    }

    /** Formats date cells as ISO-8601 and numbers in plain notation, whatever display format the sheet uses. */
    private static final class PlainDataFormatter extends DataFormatter {

        private final boolean date1904;

        PlainDataFormatter(boolean date1904) {
            this.date1904 = date1904;
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                return ISO.format(DateUtil.getLocalDateTime(value, use1904 || date1904, true));
            }
            return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
        }
    }
}
