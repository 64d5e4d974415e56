package io.segmentation.ingestion;

import io.segmentation.web.ProblemType;
import io.segmentation.web.ServiceException;

/** No upload has the requested id. */
public class UnknownUploadException extends ServiceException {

    static final ProblemType TYPE = ProblemType.NOT_FOUND;

    public UnknownUploadException(String id) {
        super(TYPE, "No upload has id '" + id + "'. GET /uploads lists the uploads.");
    }
}
