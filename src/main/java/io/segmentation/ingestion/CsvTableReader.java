package io.segmentation.ingestion;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;

/**
 * Reads CSV with FastCSV: UTF-8 with or without BOM, CRLF or LF, RFC 4180 quotes, and the field separator
 * ({@code ,} {@code ;} or tab) detected from the header line.
 */
final class CsvTableReader implements TableReader {

    private static final int SNIFF_BYTES = 64 * 1024;
    private static final int FASTCSV_READ_SIZE = 8192;

    private final int maxLineLength;
    private volatile char separator = ',';
    private volatile long bytesRead;

    /** @param maxLineLength longest record accepted, in characters; a longer one fails the upload */
    CsvTableReader(int maxLineLength) {
        this.maxLineLength = maxLineLength;
    }

    @Override
    public void read(Path file, RowHandler handler) throws IOException {
        try (var in = new BufferedInputStream(new java.io.FilterInputStream(Files.newInputStream(file)) {
            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                int n = super.read(b, off, len);
                if (n > 0) {
                    bytesRead += n;
                }
                return n;
            }
        }, SNIFF_BYTES)) {
            read(in, handler);
        }
    }

    @Override
    public long bytesRead() {
        return bytesRead;
    }

    private void read(BufferedInputStream in, RowHandler handler) throws IOException {
        in.mark(SNIFF_BYTES);
        byte[] head = in.readNBytes(SNIFF_BYTES);
        in.reset();
        char separator = detectSeparator(head);
        this.separator = separator;
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        Reader reader;
        try {
            reader = skipBom(new InputStreamReader(in, decoder));
        } catch (CharacterCodingException e) {
            throw new UnreadableFileException("The file is not UTF-8 text: save it as CSV UTF-8 and upload it again.", e);
        }
        readRecords(reader, separator, 0, handler);
    }

    /**
     * Reads the records of {@code reader} with the given separator, numbering lines from {@code lineOffset} + 1:
     * the whole file, or one byte range of it that starts at a record boundary ({@link ParallelCsvReader}).
     */
    void readRecords(Reader reader, char separator, long lineOffset, RowHandler handler) throws IOException {
        // why: FastCSV needs room for a partial record plus one read (8,192 chars) in its buffer; with a buffer of
        // maxLineLength alone, a limit below 8,192 fails every file longer than that. The exact limit is checked below.
        int bufferSize = (int) Math.min(Integer.MAX_VALUE - 16, (long) maxLineLength + FASTCSV_READ_SIZE);
        try (var csv = CsvReader.builder()
                .fieldSeparator(separator)
                .detectBomHeader(false)
                .skipEmptyLines(true)
                .allowExtraFields(true)
                .allowMissingFields(true)
                .allowUnclosedQuote(false)
                .maxBufferSize(bufferSize)
                .ofCsvRecord(reader)) {
            for (CsvRecord record : csv) {
                long line = lineOffset + record.getStartingLineNumber();
                if (length(record) > maxLineLength) {
                    throw tooLong("line " + line);
                }
                handler.row(line, record.getFields());
            }
        } catch (CsvParseException e) {
            if (isBufferExceeded(e)) {
                throw tooLong(String.valueOf(e.getMessage()));
            }
            throw new UnreadableFileException(describe(e), e);
        } catch (java.io.UncheckedIOException e) {
            if (e.getCause() instanceof CharacterCodingException) {
                throw new UnreadableFileException("The file is not UTF-8 text: save it as CSV UTF-8 and upload it again.", e);
            }
            throw e;
        } catch (CharacterCodingException e) {
            throw new UnreadableFileException("The file is not UTF-8 text: save it as CSV UTF-8 and upload it again.", e);
        }
    }

    /** Characters of a record's fields and separators (quotes not counted). */
    private static long length(CsvRecord record) {
        long length = record.getFieldCount() - 1L;
        for (String field : record.getFields()) {
            length += field.length();
        }
        return length;
    }

    private UploadLimitException tooLong(String where) {
        return new UploadLimitException("segmentation.ingestion.max-line-length", "A CSV record is longer than "
                + maxLineLength + " characters (" + where + "); check the separator and quotes, or split the field.");
    }

    private static boolean isBufferExceeded(CsvParseException e) {
        String cause = e.getCause() == null || e.getCause().getMessage() == null ? "" : e.getCause().getMessage();
        return (String.valueOf(e.getMessage()) + cause).toLowerCase().contains("buffer");
    }

    private String describe(CsvParseException e) {
        String cause = e.getCause() == null ? "" : e.getCause().getMessage();
        String message = e.getMessage() + (cause.isEmpty() ? "" : ": " + cause);
        if (message.toLowerCase().contains("quote")) {
            return "The CSV has an unbalanced quote (" + message + "); close the quoted field or remove the stray quote.";
        }
        if (message.toLowerCase().contains("buffer")) {
            return "A CSV record is longer than " + maxLineLength + " characters (" + message
                    + "); check the separator and quotes, or split the field.";
        }
        return "The CSV cannot be parsed: " + message;
    }

    private static Reader skipBom(Reader reader) throws IOException {
        var pushback = new java.io.PushbackReader(reader, 1);
        int first = pushback.read();
        if (first != -1 && first != '\uFEFF') {
            pushback.unread(first);
        }
        return pushback;
    }

    /** The field separator of the file being read, known once its first row reaches the handler. */
    char separator() {
        return separator;
    }

    /** Picks the separator that occurs most often, outside quotes, on the first line; comma on a tie. */
    static char detectSeparator(byte[] head) {
        int comma = 0;
        int semicolon = 0;
        int tab = 0;
        boolean quoted = false;
        for (byte b : head) {
            if (b == '"') {
                quoted = !quoted;
            } else if (!quoted && (b == '\n' || b == '\r')) {
                break;
            } else if (!quoted && b == ',') {
                comma++;
            } else if (!quoted && b == ';') {
                semicolon++;
            } else if (!quoted && b == '\t') {
                tab++;
            }
        }
        if (semicolon > comma && semicolon >= tab) {
            return ';';
        }
        return tab > comma && tab > semicolon ? '\t' : ',';
    }
}
