package io.segmentation.models;

/** Training was asked for on the published run, but no run has been published (or it has no customers). */
public class NoTrainingDataException extends RuntimeException {

    public NoTrainingDataException() {
        super("No published run with customers to train on. Upload purchases (POST /uploads) or start a run"
                + " (POST /runs) first, or train on a customer-attributes file (multipart POST /models with file and"
                + " features).");
    }
}
