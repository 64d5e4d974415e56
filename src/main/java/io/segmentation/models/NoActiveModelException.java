package io.segmentation.models;

import java.util.Map;

import io.segmentation.web.ProblemType;
import io.segmentation.web.ServiceException;

/** No model of the requested name is active, so nothing can be predicted or assigned. */
public class NoActiveModelException extends ServiceException {

    static final ProblemType TYPE = new ProblemType("no-active-model", "No active model", 503);

    private final String modelName;

    public NoActiveModelException(String modelName) {
        super(TYPE, "No active model named '" + modelName + "'. Train one with POST /models {\"k\": 4, \"name\": \"" + modelName
                + "\"} (needs a completed run: upload purchases with POST /uploads first), upload a customer-attributes"
                + " file to POST /models, import one with POST /models/import, or activate a stored version with"
                + " POST /models/{version}/activate.");
        this.modelName = modelName;
    }

    public String modelName() {
        return modelName;
    }

    @Override
    public Map<String, Object> properties() {
        return Map.of("model", modelName);
    }
}
