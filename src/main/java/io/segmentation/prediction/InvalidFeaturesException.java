package io.segmentation.prediction;

import java.util.List;
import java.util.Map;

import io.segmentation.web.ProblemType;
import io.segmentation.web.ServiceException;

/** A prediction request with bad fields; carries every one of them. */
public class InvalidFeaturesException extends ServiceException {

    static final ProblemType TYPE = new ProblemType("invalid-features", "Invalid prediction request", 400);

    private final List<FieldError> errors;

    public InvalidFeaturesException(List<FieldError> errors) {
        super(TYPE, errors.size() + " invalid field" + (errors.size() == 1 ? "" : "s") + ": " + String.join("; ",
                errors.stream().limit(20).map(e -> e.field() + " " + e.message()).toList())
                + (errors.size() > 20 ? "; ..." : ""));
        this.errors = List.copyOf(errors);
    }

    /** Every bad field, in request order. */
    public List<FieldError> errors() {
        return errors;
    }

    /**
     * One bad field.
     *
     * @param field   JSON path, e.g. {@code features.monetary} or {@code instances[3].features.recencyDays}
     * @param message what is wrong and what is expected
     */
    public record FieldError(String field, String message) {
    }

    @Override
    public Map<String, Object> properties() {
        return Map.of("errors", errors);
    }
}
