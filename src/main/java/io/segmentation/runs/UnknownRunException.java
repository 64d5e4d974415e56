package io.segmentation.runs;

import io.segmentation.web.ProblemType;
import io.segmentation.web.ServiceException;

/** No run has the requested id. */
public class UnknownRunException extends ServiceException {

    static final ProblemType TYPE = ProblemType.NOT_FOUND;

    public UnknownRunException(String id) {
        super(TYPE, "No run has id '" + id + "'. GET /runs lists the runs.");
    }
}
