package io.segmentation.segments;

/** No migration matrix can be given for the requested pair of runs. */
public class UnknownMigrationException extends RuntimeException {

    public UnknownMigrationException(String message) {
        super(message);
    }
}
