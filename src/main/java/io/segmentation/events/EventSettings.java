package io.segmentation.events;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How segment changes are delivered to webhooks: batch size, exponential backoff and HTTP timeouts.
 *
 * @param batchSize         changes per delivery, 1-10,000
 * @param initialBackoff    wait after the first failed attempt; each further failure multiplies it
 * @param backoffMultiplier factor between consecutive waits, >= 1
 * @param maxBackoff        longest wait between two attempts
 * @param maxAttempts       attempts before a delivery is marked failed, >= 1
 * @param pollInterval      how often pending deliveries whose time has come are looked for
 * @param connectTimeout    TCP connect timeout of one attempt
 * @param readTimeout       longest wait for the receiver's answer in one attempt
 */
@ConfigurationProperties("segmentation.events")
record EventSettings(@DefaultValue("500") int batchSize, @DefaultValue("1s") Duration initialBackoff,
                     @DefaultValue("2") double backoffMultiplier, @DefaultValue("1h") Duration maxBackoff,
                     @DefaultValue("8") int maxAttempts, @DefaultValue("5s") Duration pollInterval,
                     @DefaultValue("5s") Duration connectTimeout, @DefaultValue("10s") Duration readTimeout) {

    EventSettings {
        if (batchSize < 1 || batchSize > 10_000 || backoffMultiplier < 1 || maxAttempts < 1) {
            throw new IllegalArgumentException("segmentation.events: batch-size must be 1-10000, backoff-multiplier"
                    + " >= 1 and max-attempts >= 1");
        }
    }

    /** The wait after the given number of failed attempts (1 = after the first): initial * multiplier^(n-1), capped. */
    Duration backoffAfter(int failedAttempts) {
        double millis = initialBackoff.toMillis() * Math.pow(backoffMultiplier, Math.max(0, failedAttempts - 1));
        return millis >= maxBackoff.toMillis() ? maxBackoff : Duration.ofMillis((long) millis);
    }
}
