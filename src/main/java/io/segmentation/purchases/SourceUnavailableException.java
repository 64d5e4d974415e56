package io.segmentation.purchases;

import java.util.Map;

import io.segmentation.web.ProblemType;
import io.segmentation.web.ServiceException;

/** A configured MongoDB purchase source could not be read; the run that needed it failed and says so. */
public class SourceUnavailableException extends ServiceException {

    static final ProblemType TYPE = new ProblemType("source-unavailable", "Purchase source unavailable", 503);

    private final String source;

    public SourceUnavailableException(String source, Throwable cause) {
        super(TYPE, "Purchase source " + source + " cannot be read (" + cause.getMessage() + "); check"
                + " segmentation.sources (uri, database, collection) and retry the run.", cause);
        this.source = source;
    }

    /** The source's label. */
    public String source() {
        return source;
    }

    @Override
    public Map<String, Object> properties() {
        return Map.of("source", source);
    }

    @Override
    public Map<String, String> headers() {
        return Map.of("Retry-After", "60");
    }
}
