package io.segmentation.ingestion;

import java.util.Map;

import io.segmentation.web.ProblemType;

/**
 * The upload exceeds one of the configured limits (rows, line length, workbook size); nothing of it is stored.
 * {@link #limit()} names the setting, so the caller knows what an operator could raise.
 */
public class UploadLimitException extends UnreadableFileException {

    static final ProblemType TYPE = new ProblemType("upload-limit-exceeded", "Upload limit exceeded", 413);

    private final String limit;

    public UploadLimitException(String limit, String message) {
        super(TYPE, message, null);
        this.limit = limit;
    }

    public UploadLimitException(String limit, String message, Throwable cause) {
        super(TYPE, message, cause);
        this.limit = limit;
    }

    /** The setting or rule that was exceeded, e.g. {@code segmentation.ingestion.max-rows}. */
    public String limit() {
        return limit;
    }

    @Override
    public Map<String, Object> properties() {
        return Map.of("limit", limit);
    }
}
