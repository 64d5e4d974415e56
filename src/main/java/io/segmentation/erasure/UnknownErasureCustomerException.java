package io.segmentation.erasure;

import io.segmentation.web.ProblemType;
import io.segmentation.web.ServiceException;

/** Neither the stored orders nor any stored run has the customer to erase. */
class UnknownErasureCustomerException extends ServiceException {

    UnknownErasureCustomerException(String id) {
        super(ProblemType.NOT_FOUND, "No customer '" + id + "' in the stored orders or profiles: nothing to erase."
                + " Customer ids are as in the data (12923.0 is 12923); GET /customers lists them.");
    }
}
