package io.segmentation.models;

/** No model has the requested version. */
public class UnknownModelException extends RuntimeException {

    public UnknownModelException(int version) {
        super("No model version " + version + ". GET /models lists the versions.");
    }
}
