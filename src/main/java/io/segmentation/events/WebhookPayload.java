package io.segmentation.events;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The JSON body of one delivery: {@code {"deliveryId", "event": "segment.changes", "runId", "previousRunId", "batch",
 * "batches", "changes": [...]}}, batch 1-based.
 */
record WebhookPayload(String deliveryId, String event, String runId, @Nullable String previousRunId, int batch,
                      int batches, List<SegmentChange> changes) {

    static final String EVENT = "segment.changes";

    static WebhookPayload of(DeliveryDocument delivery) {
        return new WebhookPayload(delivery.id(), EVENT, delivery.runId(), delivery.previousRunId(), delivery.batch(),
                delivery.batches(), delivery.changes() == null ? List.of() : delivery.changes());
    }
}
