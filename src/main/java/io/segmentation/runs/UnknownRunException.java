package io.segmentation.runs;

/** No run has the requested id. */
public class UnknownRunException extends RuntimeException {

    public UnknownRunException(String id) {
        super("No run has id '" + id + "'. GET /runs lists the runs.");
    }
}
