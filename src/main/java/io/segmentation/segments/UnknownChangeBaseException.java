package io.segmentation.segments;

import io.segmentation.web.ProblemType;
import io.segmentation.web.ServiceException;

/** Thrown when {@code changedSince} names a run the kept deltas do not reach back to. */
class UnknownChangeBaseException extends ServiceException {

    static final ProblemType TYPE = new ProblemType("unknown-change-base", "Unknown changedSince run", 400);

    UnknownChangeBaseException(String runId) {
        super(TYPE, "changedSince=" + runId + " is not a completed run whose segment changes are kept (the deltas of"
                + " the last runs are; GET /runs lists them). Send a more recent run id, or page through GET"
                + " /segments/changes?run= for each run.");
    }
}
