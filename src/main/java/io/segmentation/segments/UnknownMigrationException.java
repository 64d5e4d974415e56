package io.segmentation.segments;

import io.segmentation.web.ProblemType;
import io.segmentation.web.ServiceException;

/** No migration matrix can be given for the requested pair of runs. */
public class UnknownMigrationException extends ServiceException {

    static final ProblemType TYPE = ProblemType.NOT_FOUND;

    public UnknownMigrationException(String message) {
        super(TYPE, message);
    }
}
