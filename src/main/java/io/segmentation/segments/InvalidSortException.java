package io.segmentation.segments;

import io.segmentation.web.ProblemType;
import io.segmentation.web.ServiceException;

/** Thrown when a customer page is asked for in an order it cannot be sorted by. */
class InvalidSortException extends ServiceException {

    static final ProblemType INVALID_SORT = new ProblemType("invalid-sort", "Invalid sort", 400);

    InvalidSortException(String sort) {
        super(INVALID_SORT, "Cannot sort customers by '" + sort + "': send sort=FIELD or sort=FIELD,asc|desc with FIELD"
                + " one of " + String.join(", ", CustomerSort.FIELDS) + ".");
    }
}
