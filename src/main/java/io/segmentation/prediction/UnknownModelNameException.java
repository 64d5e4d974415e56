package io.segmentation.prediction;

import java.util.List;
import java.util.Map;

import io.segmentation.web.ProblemType;
import io.segmentation.web.ServiceException;

/** {@code ?model=NAME} names no model: no version of that name was ever stored (a caller's mistake, not an outage). */
class UnknownModelNameException extends ServiceException {

    private final String name;
    private final List<String> names;

    UnknownModelNameException(String name, List<String> names) {
        super(ProblemType.NOT_FOUND, "No model named '" + name + "'; " + (names.isEmpty() ? "no model is stored yet"
                : "the stored names are " + String.join(", ", names)) + ". GET /models lists them; omit model= for the"
                + " default model.");
        this.name = name;
        this.names = List.copyOf(names);
    }

    @Override
    public Map<String, Object> properties() {
        return Map.of("model", name, "knownModels", names);
    }
}
