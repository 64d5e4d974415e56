package io.segmentation.web;

/** A client sent more requests than its rate limit allows; it may retry after {@code retryAfterSeconds}. */
class RateLimitExceededException extends RuntimeException {

    private final long retryAfterSeconds;

    RateLimitExceededException(long retryAfterSeconds) {
        super("Too many requests for this client; retry after " + retryAfterSeconds
                + " s (limits: segmentation.rate-limit.*).");
        this.retryAfterSeconds = retryAfterSeconds;
    }

    long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
