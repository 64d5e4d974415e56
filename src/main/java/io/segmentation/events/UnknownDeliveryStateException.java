package io.segmentation.events;

import io.segmentation.web.ProblemType;
import io.segmentation.web.ServiceException;

/** A delivery list was filtered by a state that does not exist. */
class UnknownDeliveryStateException extends ServiceException {

    static final ProblemType TYPE = new ProblemType("invalid-state", "Invalid state", 400);

    UnknownDeliveryStateException(String state) {
        super(TYPE, "No delivery state '" + state + "': send state=pending, delivered or failed, or no state for all.");
    }
}
