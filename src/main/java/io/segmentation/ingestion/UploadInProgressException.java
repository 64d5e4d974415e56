package io.segmentation.ingestion;

import java.util.Map;

import io.segmentation.web.ProblemType;
import io.segmentation.web.ServiceException;

/** The same bytes are being processed by another request right now. */
public class UploadInProgressException extends ServiceException {

    static final ProblemType TYPE = new ProblemType("upload-in-progress", "Upload in progress", 409);

    public UploadInProgressException(String uploadId) {
        super(TYPE, "The same file is being processed as upload " + uploadId + "; retry in a moment to get its report.");
    }

    // why: the same bytes sent twice at once are stored once; the later request learns which upload to wait for
    @Override
    public Map<String, String> headers() {
        return Map.of("Retry-After", "5");
    }
}
