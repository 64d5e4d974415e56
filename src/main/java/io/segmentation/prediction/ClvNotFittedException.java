package io.segmentation.prediction;

import io.segmentation.web.ProblemType;
import io.segmentation.web.ServiceException;

/** A purchase-history prediction while the published run has no fitted lifetime-value model. */
public class ClvNotFittedException extends ServiceException {

    static final ProblemType TYPE = new ProblemType("clv-not-fitted", "No lifetime value model", 409);

    ClvNotFittedException(String reason) {
        super(TYPE, "The published run has no fitted lifetime-value model: " + reason + " GET /clv shows the status.");
    }
}
