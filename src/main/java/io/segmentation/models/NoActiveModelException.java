package io.segmentation.models;

/** No model of the requested name is active, so nothing can be predicted or assigned. */
public class NoActiveModelException extends RuntimeException {

    private final String modelName;

    public NoActiveModelException(String modelName) {
        super("No active model named '" + modelName + "'. Train one with POST /models {\"k\": 4, \"name\": \"" + modelName
                + "\"} (needs a completed run: upload purchases with POST /uploads first), upload a customer-attributes"
                + " file to POST /models, import one with POST /models/import, or activate a stored version with"
                + " POST /models/{version}/activate.");
        this.modelName = modelName;
    }

    public String modelName() {
        return modelName;
    }
}
