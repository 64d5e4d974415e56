package io.segmentation.web;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Request rate limits per API key (per client IP for requests without a valid key): a token bucket holding
 * {@code burst} requests, refilled by {@code limit} requests every {@code period}. The defaults (100 per second,
 * bursts of 200) stop a runaway client without throttling ordinary use or benchmarks.
 *
 * @param enabled    whether requests are limited at all; health, probes and Swagger UI never are
 * @param limit      requests granted per period, > 0
 * @param period     the refill period, > 0
 * @param burst      requests a client may send at once, >= 1
 * @param maxClients clients tracked at once; the least recently seen are forgotten (their next request starts afresh)
 */
@ConfigurationProperties("segmentation.rate-limit")
record RateLimitSettings(@DefaultValue("true") boolean enabled, @DefaultValue("100") long limit,
                         @DefaultValue("1s") Duration period, @DefaultValue("200") long burst,
                         @DefaultValue("10000") int maxClients) {

    RateLimitSettings {
        if (limit <= 0 || burst <= 0 || maxClients <= 0 || period.isZero() || period.isNegative()) {
            throw new IllegalArgumentException(
                    "segmentation.rate-limit.limit, .burst, .max-clients and .period must all be positive");
        }
    }
}
