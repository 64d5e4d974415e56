package io.segmentation.ingestion;

import java.util.List;

/** The header matches no purchase layout; carries the columns each layout still needs. */
public class MissingColumnsException extends RuntimeException {

    private final List<String> missingColumns;

    public MissingColumnsException(String message, List<String> missingColumns) {
        super(message);
        this.missingColumns = List.copyOf(missingColumns);
    }

    /** Column names the closest layout needs and the header lacks. */
    public List<String> missingColumns() {
        return missingColumns;
    }
}
