package io.segmentation.models;

import java.util.List;
import java.util.Map;

import io.segmentation.web.ProblemType;
import io.segmentation.web.ServiceException;

/** A preprocessing field of a training or compare request has a value the service does not know; 400. */
class InvalidPreprocessingException extends ServiceException {

    static final ProblemType TYPE = new ProblemType("invalid-preprocessing", "Invalid preprocessing", 400);

    private final String field;
    private final List<String> allowed;

    /**
     * @param field   the request field, e.g. {@code scaler}
     * @param value   the value given
     * @param allowed the values (or range) the field takes
     */
    InvalidPreprocessingException(String field, Object value, List<String> allowed) {
        super(TYPE, field + " must be one of " + String.join(", ", allowed) + "; was '" + value + "'.");
        this.field = field;
        this.allowed = List.copyOf(allowed);
    }

    @Override
    public Map<String, Object> properties() {
        return Map.of("field", field, "allowed", allowed);
    }
}
