package io.segmentation.ingestion;

/**
 * The upload exceeds one of the configured limits (rows, line length, workbook size); nothing of it is stored.
 * {@link #limit()} names the setting, so the caller knows what an operator could raise.
 */
public class UploadLimitException extends UnreadableFileException {

    private final String limit;

    public UploadLimitException(String limit, String message) {
        super(message);
        this.limit = limit;
    }

    public UploadLimitException(String limit, String message, Throwable cause) {
        super(message, cause);
        this.limit = limit;
    }

    /** The setting or rule that was exceeded, e.g. {@code segmentation.ingestion.max-rows}. */
    public String limit() {
        return limit;
    }
}
