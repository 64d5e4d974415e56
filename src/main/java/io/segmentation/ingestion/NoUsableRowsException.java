package io.segmentation.ingestion;

import java.util.List;

import io.segmentation.cleaning.RowError;

/** Every data row of the upload failed to parse; nothing was stored. Carries the first row errors. */
public class NoUsableRowsException extends RuntimeException {

    private final List<RowError> errors;

    public NoUsableRowsException(String message, List<RowError> errors) {
        super(message);
        this.errors = List.copyOf(errors);
    }

    public List<RowError> errors() {
        return errors;
    }
}
