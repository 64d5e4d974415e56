package io.segmentation.ingestion;

import io.segmentation.web.ProblemType;
import io.segmentation.web.ServiceException;

/** The upload has no data rows: an empty file, or a header alone. */
public class EmptyFileException extends ServiceException {

    static final ProblemType TYPE = new ProblemType("empty-file", "Empty file", 400);

    public EmptyFileException(String message) {
        super(TYPE, message);
    }
}
