package io.segmentation.ingestion;

import io.segmentation.web.ProblemType;
import io.segmentation.web.ServiceException;
import org.jspecify.annotations.Nullable;

/** The uploaded bytes are not a readable CSV or XLSX table (binary, bad encoding, unbalanced quote, ...). */
public class UnreadableFileException extends ServiceException {

    static final ProblemType TYPE = new ProblemType("unreadable-file", "Unreadable file", 400);

    public UnreadableFileException(String message) {
        super(TYPE, message);
    }

    public UnreadableFileException(String message, Throwable cause) {
        super(TYPE, message, cause);
    }

    /** For a more specific kind of unreadable file with its own problem type. */
    protected UnreadableFileException(ProblemType type, String message, @Nullable Throwable cause) {
        super(type, message, cause);
    }
}
