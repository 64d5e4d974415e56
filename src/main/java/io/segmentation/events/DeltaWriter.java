package io.segmentation.events;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.bson.types.ObjectId;
import org.jspecify.annotations.Nullable;

/**
 * Stores a run's changes as they are found, numbered from 0, in chunks of {@value ChangeChunk#CAPACITY}, and cuts them into batches of the
 * configured size, each stored as one pending delivery per webhook, due only once the whole delta is stored (so
 * every delivery knows the number of batches); holds at most one batch in memory.
 */
final class DeltaWriter {

    private final String runId;
    private final @Nullable String previousRunId;
    private final ChangeStore changes;
    private final DeliveryStore deliveries;
    private final List<String> urls;
    private final int batchSize;
    private final Instant now;
    private final List<SegmentChange> chunk = new ArrayList<>(ChangeChunk.CAPACITY);
    private int chunks;
    private List<SegmentChange> batch = new ArrayList<>();
    private long seq;
    private int batches;

    DeltaWriter(String runId, @Nullable String previousRunId, ChangeStore changes, DeliveryStore deliveries,
                List<String> urls, int batchSize, Instant now) {
        this.runId = runId;
        this.previousRunId = previousRunId;
        this.changes = changes;
        this.deliveries = deliveries;
        this.urls = urls;
        this.batchSize = batchSize;
        this.now = now;
    }

    void add(SegmentChange change) {
        seq++;
        chunk.add(change);
        if (chunk.size() == ChangeChunk.CAPACITY) {
            storeChunk();
        }
        if (!urls.isEmpty()) {
            batch.add(change);
            if (batch.size() == batchSize) {
                sealBatch();
            }
        }
    }

    private void sealBatch() {
        batches++;
        List<DeliveryDocument> docs = new ArrayList<>(urls.size());
        for (String url : urls) {
            docs.add(new DeliveryDocument(new ObjectId().toHexString(), url, runId, previousRunId, batches, 0,
                    batch.size(), List.copyOf(batch), DeliveryState.PENDING, 0, null, null, null, now, null));
        }
        deliveries.insert(docs);
        batch = new ArrayList<>(batchSize);
    }

    private void storeChunk() {
        changes.insert(ChangeChunk.of(runId, chunks++, chunk));
        chunk.clear();
    }

    /** Stores what is left and numbers the batches; answers the changes stored in all. */
    long finish() {
        if (!chunk.isEmpty()) {
            storeChunk();
        }
        if (!batch.isEmpty()) {
            sealBatch();
        }
        if (batches > 0) {
            deliveries.release(runId, batches, now);
        }
        return seq;
    }
}
