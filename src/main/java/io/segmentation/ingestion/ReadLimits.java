package io.segmentation.ingestion;

/**
 * Bounds on what one upload may hold, checked while it is read, before anything is stored.
 *
 * @param maxLineLength        longest CSV record, in characters
 * @param maxRows              most data rows, header excluded
 * @param maxSharedStringsSize largest uncompressed XLSX shared strings table, in bytes
 */
public record ReadLimits(int maxLineLength, long maxRows, long maxSharedStringsSize) {

    /** The defaults of {@code segmentation.ingestion.*}, with the given line length. */
    public static ReadLimits withLineLength(int maxLineLength) {
        return new ReadLimits(maxLineLength, 10_000_000L, 64L * 1024 * 1024);
    }
}
