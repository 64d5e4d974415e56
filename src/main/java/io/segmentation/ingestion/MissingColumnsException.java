package io.segmentation.ingestion;

import java.util.List;
import java.util.Map;

import io.segmentation.web.ProblemType;
import io.segmentation.web.ServiceException;

/** The header matches no purchase layout; carries the columns each layout still needs. */
public class MissingColumnsException extends ServiceException {

    static final ProblemType TYPE = new ProblemType("missing-columns", "Missing columns", 422);

    private final List<String> missingColumns;

    public MissingColumnsException(String message, List<String> missingColumns) {
        super(TYPE, message);
        this.missingColumns = List.copyOf(missingColumns);
    }

    /** Column names the closest layout needs and the header lacks. */
    public List<String> missingColumns() {
        return missingColumns;
    }

    @Override
    public Map<String, Object> properties() {
        return Map.of("missingColumns", missingColumns);
    }
}
