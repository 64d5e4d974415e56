package io.segmentation.demo;

import java.io.IOException;
import java.io.Writer;

/** Assembles CSV lines from precomputed pieces and hands them to a writer in large chunks, counting the lines. */
final class CsvLineBuffer {

    private static final int CHUNK = 1 << 16;

    private final Writer out;

    private final StringBuilder text = new StringBuilder(CHUNK + 4096);

    private char[] chunk = new char[CHUNK + 4096];

    private long lines;

    CsvLineBuffer(Writer out) {
        this.out = out;
    }

    /** Appends text that is not a data line, such as the header with its line end. */
    void appendRaw(String raw) {
        this.text.append(raw);
    }

    /**
     * Appends one data line: {@code invoice,} then {@code head} ("StockCode,Description,"), the quantity,
     * {@code stamp} (",InvoiceDate,"), the price and {@code tail} (",CustomerID,Country" and the line end).
     */
    void appendLine(String invoice, String head, int quantity, String stamp, String price, String tail) {
        this.text.append(invoice).append(',').append(head).append(quantity).append(stamp).append(price).append(tail);
        this.lines++;
    }

    /** Number of data lines appended so far. */
    long lines() {
        return this.lines;
    }

    /** Hands the text to the writer once a chunk has built up; call it between invoices. */
    void flushIfFull() throws IOException {
        if (this.text.length() >= CHUNK) {
            flush();
        }
    }

    /** Hands all text to the writer and flushes it. */
    void flush() throws IOException {
        int length = this.text.length();
        if (length > this.chunk.length) {
            this.chunk = new char[length];
        }
        this.text.getChars(0, length, this.chunk, 0);
        this.out.write(this.chunk, 0, length);
        this.text.setLength(0);
        this.out.flush();
    }
}
