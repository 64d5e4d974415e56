package io.segmentation.events;

import java.util.Locale;

/** Life cycle of a webhook delivery; the API writes the names in lower case. */
enum DeliveryState {
    /** Not yet acknowledged with a 2xx; tried again at {@code nextAttemptAt}. */
    PENDING,
    /** Acknowledged with a 2xx. */
    DELIVERED,
    /** Given up after the configured attempts, or its webhook is no longer configured. */
    FAILED;

    String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
