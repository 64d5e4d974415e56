package io.segmentation.purchases;

/** A configured MongoDB purchase source could not be read; the run that needed it failed and says so. */
public class SourceUnavailableException extends RuntimeException {

    private final String source;

    public SourceUnavailableException(String source, Throwable cause) {
        super("Purchase source " + source + " cannot be read (" + cause.getMessage() + "); check"
                + " segmentation.sources (uri, database, collection) and retry the run.", cause);
        this.source = source;
    }

    /** The source's label. */
    public String source() {
        return source;
    }
}
