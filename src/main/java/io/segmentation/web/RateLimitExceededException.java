package io.segmentation.web;

import java.util.Map;

/** A client sent more requests than its rate limit allows; it may retry after {@code retryAfterSeconds}. */
class RateLimitExceededException extends ServiceException {

    static final ProblemType TYPE = new ProblemType("too-many-requests", "Too many requests", 429);

    private final long retryAfterSeconds;

    RateLimitExceededException(long retryAfterSeconds) {
        super(TYPE, "Too many requests for this client; retry after " + retryAfterSeconds
                + " s (limits: segmentation.rate-limit.*).");
        this.retryAfterSeconds = retryAfterSeconds;
    }

    long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    @Override
    public Map<String, Object> properties() {
        return Map.of("retryAfterSeconds", retryAfterSeconds);
    }

    @Override
    public Map<String, String> headers() {
        return Map.of("Retry-After", Long.toString(retryAfterSeconds));
    }
}
