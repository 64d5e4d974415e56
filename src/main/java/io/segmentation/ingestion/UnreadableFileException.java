package io.segmentation.ingestion;

/** The uploaded bytes are not a readable CSV or XLSX table (binary, bad encoding, unbalanced quote, ...). */
public class UnreadableFileException extends RuntimeException {

    public UnreadableFileException(String message) {
        super(message);
    }

    public UnreadableFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
