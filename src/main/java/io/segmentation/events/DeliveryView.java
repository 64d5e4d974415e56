package io.segmentation.events;

import java.time.Instant;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * One webhook delivery as the API shows it (never with the webhook's secret).
 *
 * @param id            delivery id, sent as {@code Idempotency-Key} on every attempt
 * @param url           the webhook
 * @param runId         the run whose changes it carries
 * @param batch         1-based batch number
 * @param batches       batches of the run's delta
 * @param changes       changes in the batch
 * @param attempts      attempts made
 * @param state         {@code pending}, {@code delivered} or {@code failed}
 * @param lastStatus    HTTP status of the last attempt, null when it got none
 * @param lastError     why the last attempt failed, null after a success
 * @param nextAttemptAt when a pending delivery is tried next
 * @param createdAt     when it was stored
 * @param deliveredAt   when a 2xx acknowledged it
 */
@Schema(description = "A batch of a run's segment changes for one webhook, and how its delivery stands.")
record DeliveryView(String id, @Schema(example = "https://crm.example.com/hooks/segments") String url,
                           String runId, @Schema(example = "1") int batch, @Schema(example = "3") int batches,
                           @Schema(example = "500") int changes, @Schema(example = "2") int attempts,
                           @Schema(example = "pending", allowableValues = {"pending", "delivered", "failed"}) String state,
                           @Schema(example = "503") @Nullable Integer lastStatus,
                           @Schema(example = "The receiver answered HTTP 503.") @Nullable String lastError,
                           @Nullable Instant nextAttemptAt, Instant createdAt, @Nullable Instant deliveredAt) {

    static DeliveryView of(DeliveryDocument d) {
        return new DeliveryView(d.id(), d.url(), d.runId(), d.batch(), d.batches(), d.size(), d.attempts(),
                d.state().label(), d.lastStatus(), d.lastError(), d.nextAttemptAt(), d.createdAt(), d.deliveredAt());
    }
}
