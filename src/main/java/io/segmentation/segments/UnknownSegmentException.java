package io.segmentation.segments;

/** The published run has no segment with the requested id. */
public class UnknownSegmentException extends RuntimeException {

    public UnknownSegmentException(String id) {
        super("No segment '" + id + "' in the published run. GET /segments lists the segment ids.");
    }
}
