package io.segmentation.runs;

import java.util.Map;

import io.segmentation.web.ProblemType;
import io.segmentation.web.ServiceException;

/**
 * A run needed more heap than the service has: it holds every order of every upload and source at once. The run is
 * recorded FAILED, its partial results are removed and the previous results stay published (unless it ran out
 * after publishing, when its own results stay).
 */
public class RunOutOfMemoryException extends ServiceException {

    static final ProblemType TYPE = new ProblemType("run-out-of-memory", "Run ran out of memory", 500);

    private final String runId;

    public RunOutOfMemoryException(String runId, long maxHeapBytes, boolean published, OutOfMemoryError cause) {
        super(TYPE, "Run " + runId + " ran out of memory: a run holds every stored order at once, and they do not fit in the"
                + " service's heap (" + maxHeapBytes / (1024 * 1024) + " MiB). Give the service a larger heap (-Xmx,"
                + " or JAVA_TOOL_OPTIONS in the container) or delete uploads it no longer needs (DELETE /uploads/{id}),"
                + " then POST /runs. " + (published ? "Its results had already been published and stay so."
                : "The previous results stay published."), cause);
        this.runId = runId;
    }

    public String runId() {
        return runId;
    }

    @Override
    public Map<String, Object> properties() {
        return Map.of("runId", runId);
    }
}
