package io.segmentation.cleaning;

/**
 * One removed row, as listed in an upload report.
 *
 * @param line    line number in the file (the header is line 1) or row number in a sheet
 * @param reason  the rule that removed it
 * @param message what was wrong, in words
 */
public record RowError(long line, RejectionReason reason, String message) {
}
