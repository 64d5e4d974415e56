package io.segmentation.models;

import io.segmentation.web.ProblemType;
import io.segmentation.web.ServiceException;

/** Training was asked for on the published run, but no run has been published (or it has no customers). */
public class NoTrainingDataException extends ServiceException {

    static final ProblemType TYPE = new ProblemType("no-training-data", "No training data", 409);

    public NoTrainingDataException() {
        super(TYPE, "No published run with customers to train on. Upload purchases (POST /uploads) or start a run"
                + " (POST /runs) first, or train on a customer-attributes file (multipart POST /models with file and"
                + " features).");
    }
}
