package io.segmentation.ingestion;

/** The upload has no data rows: an empty file, or a header alone. */
public class EmptyFileException extends RuntimeException {

    public EmptyFileException(String message) {
        super(message);
    }
}
