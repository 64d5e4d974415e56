package io.segmentation.runs;

import java.util.Map;

import io.segmentation.web.ProblemType;
import io.segmentation.web.ServiceException;

/** A run was requested while another one is running; only one run computes at a time. */
public class RunInProgressException extends ServiceException {

    static final ProblemType TYPE = new ProblemType("run-in-progress", "Run in progress", 409);

    private final String runningRunId;

    public RunInProgressException(String runningRunId) {
        super(TYPE, "Run " + runningRunId + " is running; only one run computes at a time. Retry when it has finished"
                + " (GET /runs/" + runningRunId + ").");
        this.runningRunId = runningRunId;
    }

    public String runningRunId() {
        return runningRunId;
    }

    @Override
    public Map<String, Object> properties() {
        return Map.of("runningRunId", runningRunId);
    }
}
