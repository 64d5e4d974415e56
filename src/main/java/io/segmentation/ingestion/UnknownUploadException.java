package io.segmentation.ingestion;

/** No upload has the requested id. */
public class UnknownUploadException extends RuntimeException {

    public UnknownUploadException(String id) {
        super("No upload has id '" + id + "'. GET /uploads lists the uploads.");
    }
}
