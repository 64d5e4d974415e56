package io.segmentation.ingestion;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/** Tells an upload's format, {@code csv} or {@code xlsx}, from the request, the file name and the first bytes. */
final class FileFormat {

    private FileFormat() {
    }

    /**
     * @param requested the {@code format} parameter, or null to detect it
     * @throws UnsupportedFormatException for another requested format or a legacy .xls workbook
     * @throws UnreadableFileException    for UTF-16 text and binary files
     */
    static String of(@Nullable String requested, String name, Path file) throws IOException {
        if (requested != null && !requested.isBlank()) {
            String f = requested.trim().toLowerCase(Locale.ROOT);
            if (!f.equals("csv") && !f.equals("xlsx")) {
                throw new UnsupportedFormatException("format '" + requested + "' is not csv or xlsx.");
            }
            return f;
        }
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(8192);
        }
        boolean zip = head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
        boolean ole = head.length >= 4 && (head[0] & 0xFF) == 0xD0 && (head[1] & 0xFF) == 0xCF;
        String lower = name.toLowerCase(Locale.ROOT);
        if (ole || lower.endsWith(".xls")) {
            throw new UnsupportedFormatException("Legacy .xls workbooks are not read: save the sheet as .xlsx or CSV UTF-8.");
        }
        if (zip || lower.endsWith(".xlsx")) {
            return "xlsx";
        }
        boolean utf16 = head.length >= 2 && ((head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE
                || (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF);
        if (utf16) {
            throw new UnreadableFileException("The file is UTF-16 text (\"Unicode Text\"), not UTF-8: save it as"
                    + " CSV UTF-8 and upload it again.");
        }
        for (byte b : head) {
            if (b == 0) {
                throw new UnreadableFileException("The file is binary, not CSV text or an XLSX workbook: upload the"
                        + " purchases as CSV (UTF-8) or XLSX.");
            }
        }
        return "csv";
    }
}
