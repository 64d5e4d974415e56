package io.segmentation.dashboard;

import io.segmentation.web.ProblemType;
import io.segmentation.web.ServiceException;

/** Thrown when the dashboard is asked for figures before any run was published. */
class NoPublishedRunException extends ServiceException {

    static final ProblemType NO_PUBLISHED_RUN = new ProblemType("no-published-run", "No published run", 404);

    NoPublishedRunException() {
        super(NO_PUBLISHED_RUN, "No run has been published yet, so there is nothing to chart: upload a purchase file"
                + " (POST /uploads) or start a run over stored purchases (POST /runs).");
    }
}
