package io.segmentation.models;

import io.segmentation.web.ProblemType;
import io.segmentation.web.ServiceException;

/** No model has the requested version. */
public class UnknownModelException extends ServiceException {

    static final ProblemType TYPE = ProblemType.NOT_FOUND;

    public UnknownModelException(int version) {
        super(TYPE, "No model version " + version + ". GET /models lists the versions.");
    }
}
