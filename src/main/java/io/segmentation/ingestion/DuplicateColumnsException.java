package io.segmentation.ingestion;

import java.util.List;

/** The header names the same column more than once, so which one holds the values is ambiguous. */
public class DuplicateColumnsException extends RuntimeException {

    private final List<String> duplicateColumns;

    public DuplicateColumnsException(String message, List<String> duplicateColumns) {
        super(message);
        this.duplicateColumns = List.copyOf(duplicateColumns);
    }

    /** The header names that occur more than once, as written in the file. */
    public List<String> duplicateColumns() {
        return duplicateColumns;
    }
}
