package io.segmentation.runs;

/** A run was requested while another one is running; only one run computes at a time. */
public class RunInProgressException extends RuntimeException {

    private final String runningRunId;

    public RunInProgressException(String runningRunId) {
        super("Run " + runningRunId + " is running; only one run computes at a time. Retry when it has finished"
                + " (GET /runs/" + runningRunId + ").");
        this.runningRunId = runningRunId;
    }

    public String runningRunId() {
        return runningRunId;
    }
}
