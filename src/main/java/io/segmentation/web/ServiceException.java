package io.segmentation.web;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A failure the caller can act on: its message is the problem's {@code detail} (what was wrong and what to do), its
 * {@link ProblemType} the type, title and status, and {@link #properties()} any extra members of the problem.
 */
public abstract class ServiceException extends RuntimeException {

    private final ProblemType problemType;

    protected ServiceException(ProblemType problemType, String detail) {
        this(problemType, detail, null);
    }

    protected ServiceException(ProblemType problemType, String detail, @Nullable Throwable cause) {
        super(detail, cause);
        this.problemType = problemType;
    }

    public ProblemType problemType() {
        return problemType;
    }

    /** Extra members of the problem document, e.g. {@code missingColumns}; none by default. */
    public Map<String, Object> properties() {
        return Map.of();
    }

    /** Response headers that go with the problem, e.g. {@code Retry-After}; none by default. */
    public Map<String, String> headers() {
        return Map.of();
    }
}
