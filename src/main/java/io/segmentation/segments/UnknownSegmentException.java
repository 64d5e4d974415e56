package io.segmentation.segments;

import io.segmentation.web.ProblemType;
import io.segmentation.web.ServiceException;

/** The published run has no segment with the requested id. */
public class UnknownSegmentException extends ServiceException {

    static final ProblemType TYPE = ProblemType.NOT_FOUND;

    public UnknownSegmentException(String id) {
        super(TYPE, "No segment '" + id + "' in the published run. GET /segments lists the segment ids.");
    }
}
