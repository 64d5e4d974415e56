package io.segmentation.runs;

import java.util.List;

import io.segmentation.web.ProblemType;
import io.segmentation.web.ServiceException;

/** Drift was asked for a model that reads inputs a run's customers do not have (a customer-attributes model). */
class DriftNotApplicableException extends ServiceException {

    static final ProblemType TYPE = new ProblemType("drift-not-applicable", "Drift not applicable", 400);

    DriftNotApplicableException(int version, List<String> inputs) {
        super(TYPE, "Model " + version + " reads " + inputs + "; drift is measured on a run's customers, which have"
                + " recencyDays, frequency and monetary. Ask for a model trained on a run (GET /models lists the source).");
    }
}
