package io.segmentation.runs;

/** Life cycle of a run. */
public enum RunStatus {
    /** Computing; at most one run is RUNNING. */
    RUNNING,
    /** Finished and published. */
    COMPLETED,
    /** Stopped by an error; the previous results stay published. */
    FAILED,
    /** Not computed: no purchase data changed since the last completed run (and force was false). */
    SKIPPED,
    /** The service stopped while it ran; the previous results stay published. */
    INTERRUPTED
}
