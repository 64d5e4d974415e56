package io.segmentation.ingestion;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Hand-built XLSX files that attack the reader: a zip bomb and an oversized shared strings table. */
public final class HostileWorkbooks {

    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String RELS = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static final String DOC_RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private HostileWorkbooks() {
    }

    /**
     * A workbook of about 40 KB whose sheet inflates to about {@code megabytes} MB: every row holds the same long
     * inline text, so it compresses more than 100 times.
     */
    public static byte[] zipBomb(int megabytes) {
        String cell = "=HYPERLINK(\"x\")".repeat(64);
        return workbook(sheet -> {
            sheet.write(header());
            long rows = megabytes * 1024L * 1024 / (cell.length() + 60);
            for (long r = 2; r < rows; r++) {
                sheet.write("<row r=\"" + r + "\"><c r=\"A" + r + "\" t=\"inlineStr\"><is><t>" + cell
                        + "</t></is></c></row>");
            }
        }, null);
    }

    /** A valid-looking workbook whose shared strings table holds {@code count} distinct random strings (~32 B each). */
    public static byte[] hugeSharedStrings(int count) {
        Random random = new Random(11);
        return workbook(sheet -> {
            sheet.write(header());
            sheet.write("<row r=\"2\"><c r=\"A2\" t=\"s\"><v>0</v></c></row>");
        }, strings -> {
            strings.write("<sst xmlns=\"" + MAIN + "\" count=\"" + count + "\" uniqueCount=\"" + count + "\">");
            for (int i = 0; i < count; i++) {
                strings.write("<si><t>" + Long.toHexString(random.nextLong()) + "</t></si>");
            }
            strings.write("</sst>");
        });
    }

    private static String header() {
        StringBuilder row = new StringBuilder("<row r=\"1\">");
        String[] names = {"InvoiceNo", "StockCode", "Description", "Quantity", "InvoiceDate", "UnitPrice", "CustomerID"};
        for (int i = 0; i < names.length; i++) {
            row.append("<c r=\"").append((char) ('A' + i)).append("1\" t=\"inlineStr\"><is><t>").append(names[i])
                    .append("</t></is></c>");
        }
        return row.append("</row>").toString();
    }

    @FunctionalInterface
    private interface Part {
        void write(Writer out) throws IOException;
    }

    private static byte[] workbook(Part rows, Part sharedStrings) {
        var bytes = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bytes)) {
            entry(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                    + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                    + (sharedStrings == null ? "" : "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>")
                    + "</Types>");
            entry(zip, "_rels/.rels", "<Relationships xmlns=\"" + RELS + "\"><Relationship Id=\"rId1\" Type=\""
                    + DOC_RELS + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
            entry(zip, "xl/workbook.xml", "<workbook xmlns=\"" + MAIN + "\" xmlns:r=\"" + DOC_RELS + "\"><sheets>"
                    + "<sheet name=\"Sheet1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            entry(zip, "xl/_rels/workbook.xml.rels", "<Relationships xmlns=\"" + RELS + "\">"
                    + "<Relationship Id=\"rId1\" Type=\"" + DOC_RELS + "/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                    + (sharedStrings == null ? "" : "<Relationship Id=\"rId2\" Type=\"" + DOC_RELS
                    + "/sharedStrings\" Target=\"sharedStrings.xml\"/>") + "</Relationships>");
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            Writer sheet = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
            sheet.write("<worksheet xmlns=\"" + MAIN + "\"><sheetData>");
            rows.write(sheet);
            sheet.write("</sheetData></worksheet>");
            sheet.flush();
            zip.closeEntry();
            if (sharedStrings != null) {
                zip.putNextEntry(new ZipEntry("xl/sharedStrings.xml"));
                Writer strings = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
                sharedStrings.write(strings);
                strings.flush();
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
