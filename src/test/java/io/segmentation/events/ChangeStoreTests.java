package io.segmentation.events;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** Deltas in chunks: pages across chunk boundaries, erasure that moves later changes down, the legacy layout. */
class ChangeStoreTests {

    private MongoServer server;
    private MongoClient client;
    private MongoTemplate mongo;
    private ChangeStore store;

    @BeforeEach
    void start() {
        server = new MongoServer(new MemoryBackend());
        var address = server.bind();
        client = MongoClients.create("mongodb://127.0.0.1:" + address.getPort());
        mongo = new MongoTemplate(client, "changes");
        store = new ChangeStore(mongo);
        store.onMongoReachable();
    }

    @AfterEach
    void stop() {
        client.close();
        server.shutdown();
    }

    @Test
    void aPageIsTheSameSliceOfTheDeltaWhereverItFallsOnChunks() {
        List<SegmentChange> delta = write("r1", 2_345);

        assertThat(mongo.getCollection("segment_change_chunks").countDocuments()).isEqualTo(3);
        assertThat(store.page("r1", 0, 10)).isEqualTo(delta.subList(0, 10));
        assertThat(store.page("r1", 995, 10)).isEqualTo(delta.subList(995, 1_005));
        assertThat(store.page("r1", 1_000, 1_000)).isEqualTo(delta.subList(1_000, 2_000));
        assertThat(store.page("r1", 2_340, 50)).isEqualTo(delta.subList(2_340, 2_345));
        assertThat(store.page("r1", 5_000, 10)).isEmpty();
        List<SegmentChange> all = new ArrayList<>();
        store.forEach("r1", all::add);
        assertThat(all).isEqualTo(delta);
    }

    @Test
    void erasureRemovesTheCustomerAndMovesLaterChangesDownInEveryRun() {
        List<SegmentChange> first = write("r1", 2_001);
        List<SegmentChange> second = write("r2", 30);
        String erased = first.get(500).customerId(); // c-250: two changes in r1's first chunk, none in r2

        long removed = store.eraseCustomer(erased);

        List<SegmentChange> expected = first.stream().filter(c -> !c.customerId().equals(erased)).toList();
        assertThat(removed).isEqualTo(2);
        assertThat(expected).hasSize(1_999);
        List<SegmentChange> left = new ArrayList<>();
        store.forEach("r1", left::add);
        assertThat(left).isEqualTo(expected);
        assertThat(store.page("r1", 999, 2)).isEqualTo(expected.subList(999, 1_001));
        assertThat(store.changeSet("r1").orElseThrow().changes()).isEqualTo(expected.size());
        assertThat(mongo.getCollection("segment_change_chunks").countDocuments(new Document("runId", "r1")))
                .as("every chunk but the last is full: 1,999 changes need two chunks, no longer three")
                .isEqualTo(2);
        assertThat(store.page("r2", 0, 100)).isEqualTo(second);
    }

    @Test
    void deltasOfTheOneDocumentPerChangeLayoutAreDroppedWithTheirRecords() {
        mongo.getCollection("segment_changes").insertOne(new Document("runId", "old").append("seq", 0));
        store.save(new ChangeSet("old", "older", 1, Instant.EPOCH, null));

        store.onMongoReachable();

        assertThat(mongo.collectionExists("segment_changes")).isFalse();
        assertThat(store.changeSet("old")).isEmpty();
    }

    /** Stores a delta of n changes as the writer does: customers c-0, c-1, ..., two schemes each. */
    private List<SegmentChange> write(String runId, int n) {
        List<SegmentChange> delta = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String customer = "c-" + i / 2;
            delta.add(i % 2 == 0 ? new SegmentChange(customer, "rfm", null, "lost", "champions")
                    : new SegmentChange(customer, "rules", "spending", null, "high-value"));
        }
        DeltaWriter writer = new DeltaWriter(runId, "before-" + runId, store, new DeliveryStore(mongo), List.of(), 100,
                Instant.EPOCH);
        delta.forEach(writer::add);
        assertThat(writer.finish()).isEqualTo(n);
        store.save(new ChangeSet(runId, "before-" + runId, n, Instant.EPOCH, null));
        return delta;
    }
}
