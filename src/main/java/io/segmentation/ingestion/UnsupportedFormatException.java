package io.segmentation.ingestion;

/** The upload is neither CSV nor XLSX (for example a legacy .xls workbook). */
public class UnsupportedFormatException extends RuntimeException {

    public UnsupportedFormatException(String message) {
        super(message);
    }
}
