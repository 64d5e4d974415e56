package io.segmentation.events;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import io.segmentation.storage.MongoStartup;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

/**
 * Sends the stored deliveries whose time has come, one at a time on its own thread: after each run (woken by
 * {@link #wake()}) and every {@code poll-interval}, so pending deliveries of a stopped service are sent after its
 * restart. A 2xx marks a delivery delivered; anything else is tried again after an exponential backoff until
 * {@code max-attempts}. Nothing here ever runs in a run's thread.
 */
@Component
class WebhookDispatcher {

    private static final Logger LOG = LoggerFactory.getLogger(WebhookDispatcher.class);

    /** Longest text of a failure kept in {@code lastError}. */
    private static final int MAX_ERROR = 300;

    private final DeliveryStore store;
    private final Webhooks webhooks;
    private final EventSettings settings;
    private final WebhookClient client;
    private final ObjectMapper json;
    private final Clock clock;
    private final MongoStartup startup;
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "webhook-deliveries");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean woken = new AtomicBoolean();

    WebhookDispatcher(DeliveryStore store, Webhooks webhooks, EventSettings settings, WebhookClient client,
                      ObjectMapper json, Clock clock, MongoStartup startup) {
        this.store = store;
        this.webhooks = webhooks;
        this.settings = settings;
        this.client = client;
        this.json = json;
        this.clock = clock;
        this.startup = startup;
    }

    /** Starts polling when any webhook is configured (deliveries exist only then). */
    @PostConstruct
    void start() {
        if (!webhooks.webhooks().isEmpty()) {
            long every = Math.max(10, settings.pollInterval().toMillis());
            executor.scheduleWithFixedDelay(this::sendDueQuietly, every, every, TimeUnit.MILLISECONDS);
        }
    }

    /** Sends what is due soon, in the background; returns at once. */
    void wake() {
        if (woken.compareAndSet(false, true)) {
            executor.execute(() -> {
                woken.set(false);
                sendDueQuietly();
            });
        }
    }

    private void sendDueQuietly() {
        if (!startup.isDone()) {
            return;
        }
        try {
            sendDue();
        } catch (RuntimeException e) {
            LOG.warn("Webhook deliveries could not be read: {}", e.toString());
        }
    }

    /** Attempts every delivery due now, one after the other; answers how many were attempted. */
    int sendDue() {
        int attempted = 0;
        Optional<DeliveryDocument> due;
        while ((due = store.claimDue(clock.instant(), leaseEnd())).isPresent()) {
            attempt(due.get());
            attempted++;
        }
        return attempted;
    }

    /** The claim outlasts one attempt, so an attempt in progress is never taken twice; a crash frees it after it. */
    private Instant leaseEnd() {
        return clock.instant().plus(settings.connectTimeout()).plus(settings.readTimeout()).plusSeconds(30);
    }

    private void attempt(DeliveryDocument delivery) {
        int attempt = delivery.attempts() + 1;
        Optional<Webhooks.Webhook> webhook = webhooks.find(delivery.url());
        if (webhook.isEmpty()) {
            finish(delivery, DeliveryState.FAILED, delivery.attempts(), null,
                    "The webhook is no longer configured (segmentation.webhooks[].url).", null);
            return;
        }
        Integer status = null;
        String error;
        try {
            byte[] body = json.writeValueAsBytes(WebhookPayload.of(delivery));
            long now = clock.instant().getEpochSecond();
            status = client.post(webhook.get().url(), body, WebhookSignature.header(webhook.get().secret(), now, body),
                    delivery.id(), attempt);
            error = status >= 200 && status < 300 ? null : "The receiver answered HTTP " + status + ".";
        } catch (RuntimeException e) {
            Throwable cause = NestedExceptionUtils.getMostSpecificCause(e);
            error = "No answer: " + cause.getClass().getSimpleName()
                    + (cause.getMessage() == null ? "" : " (" + cause.getMessage() + ")") + ".";
        }
        if (error == null) {
            finish(delivery, DeliveryState.DELIVERED, attempt, status, null, null);
            LOG.debug("Delivery {} (run {}, batch {}) delivered on attempt {}", delivery.id(), delivery.runId(),
                    delivery.batch(), attempt);
        } else if (attempt >= settings.maxAttempts()) {
            finish(delivery, DeliveryState.FAILED, attempt, status, error, null);
            LOG.warn("Delivery {} (run {}, batch {}) to {} failed after {} attempts: {}", delivery.id(),
                    delivery.runId(), delivery.batch(), webhook.get().url().getHost(), attempt, error);
        } else {
            Instant next = clock.instant().plus(settings.backoffAfter(attempt));
            finish(delivery, DeliveryState.PENDING, attempt, status, error, next);
            LOG.debug("Delivery {} attempt {} failed ({}); next at {}", delivery.id(), attempt, error, next);
        }
    }

    private void finish(DeliveryDocument d, DeliveryState state, int attempts, @Nullable Integer status,
                        @Nullable String error, @Nullable Instant next) {
        boolean done = state != DeliveryState.PENDING;
        String shortError = error == null || error.length() <= MAX_ERROR ? error : error.substring(0, MAX_ERROR);
        store.recordAttempt(d.id(), state, attempts, status, shortError, next,
                state == DeliveryState.DELIVERED ? clock.instant() : null);
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
