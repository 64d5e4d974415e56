package io.segmentation.ingestion;

import java.util.List;
import java.util.Map;

import io.segmentation.web.ProblemType;
import io.segmentation.web.ServiceException;

/** The header names the same column more than once, so which one holds the values is ambiguous. */
public class DuplicateColumnsException extends ServiceException {

    static final ProblemType TYPE = new ProblemType("duplicate-columns", "Duplicate columns", 422);

    private final List<String> duplicateColumns;

    public DuplicateColumnsException(String message, List<String> duplicateColumns) {
        super(TYPE, message);
        this.duplicateColumns = List.copyOf(duplicateColumns);
    }

    /** The header names that occur more than once, as written in the file. */
    public List<String> duplicateColumns() {
        return duplicateColumns;
    }

    @Override
    public Map<String, Object> properties() {
        return Map.of("duplicateColumns", duplicateColumns);
    }
}
