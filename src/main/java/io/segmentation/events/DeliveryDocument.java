package io.segmentation.events;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One batch of a run's changes for one webhook, in {@code webhook_deliveries}: written before the first attempt, so
 * it survives a restart, and updated after each attempt. The secret is never stored: it is looked up by URL.
 *
 * @param id            the delivery id, also the {@code Idempotency-Key} of every attempt
 * @param url           the webhook's URL
 * @param runId         the run whose changes these are
 * @param previousRunId the run they are relative to
 * @param batch         1-based batch number within the run's delta
 * @param batches       batches of the run's delta
 * @param size          changes in the batch when it was created
 * @param changes       the changes to send; emptied once delivered or failed
 * @param state         where it stands
 * @param attempts      attempts made
 * @param lastStatus    HTTP status of the last attempt, null when it got no answer
 * @param lastError     why the last attempt failed, null after a success
 * @param nextAttemptAt when the next attempt is due (pending deliveries)
 * @param createdAt     when the delivery was stored
 * @param deliveredAt   when a 2xx acknowledged it
 */
@Document("webhook_deliveries")
record DeliveryDocument(@Id String id, String url, String runId, @Nullable String previousRunId, int batch, int batches,
                        int size, List<SegmentChange> changes, DeliveryState state, int attempts,
                        @Nullable Integer lastStatus, @Nullable String lastError, @Nullable Instant nextAttemptAt,
                        Instant createdAt, @Nullable Instant deliveredAt) {
}
