package io.segmentation.ingestion;

/** The same bytes are being processed by another request right now. */
public class UploadInProgressException extends RuntimeException {

    public UploadInProgressException(String uploadId) {
        super("The same file is being processed as upload " + uploadId + "; retry in a moment to get its report.");
    }
}
