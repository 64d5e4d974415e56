package io.segmentation.ingestion;

import java.util.List;
import java.util.Map;

import io.segmentation.cleaning.RowError;
import io.segmentation.web.ProblemType;
import io.segmentation.web.ServiceException;

/** Every data row of the upload failed to parse; nothing was stored. Carries the first row errors. */
public class NoUsableRowsException extends ServiceException {

    static final ProblemType TYPE = new ProblemType("no-usable-rows", "No readable rows", 422);

    private final List<RowError> errors;

    public NoUsableRowsException(String message, List<RowError> errors) {
        super(TYPE, message);
        this.errors = List.copyOf(errors);
    }

    public List<RowError> errors() {
        return errors;
    }

    @Override
    public Map<String, Object> properties() {
        return Map.of("errors", errors);
    }
}
