package io.segmentation.segments;

import io.segmentation.web.ProblemType;
import io.segmentation.web.ServiceException;

/** The published run has no customer with the requested id. */
public class UnknownCustomerException extends ServiceException {

    static final ProblemType TYPE = ProblemType.NOT_FOUND;

    public UnknownCustomerException(String id) {
        super(TYPE, "No customer '" + id + "' in the published run. Customer ids are as in the data (12923.0 is 12923);"
                + " GET /customers lists them.");
    }
}
