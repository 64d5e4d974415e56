package io.segmentation.purchases;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

import io.segmentation.storage.MongoStartupTask;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/** Reads and writes orders in MongoDB, by batch: a batch is written whole or deleted whole. */
@Repository
public class OrderStore implements MongoStartupTask {

    private static final int BATCH_SIZE = 2_000;
    private static final int STREAM_BATCH_SIZE = 5_000;

    private final MongoOperations mongo;

    OrderStore(MongoOperations mongo) {
        this.mongo = mongo;
    }

    /** Creates the store's indexes; run by {@link io.segmentation.storage.MongoStartup} once MongoDB is reachable. */
    @Override
    public void onMongoReachable() {
        mongo.indexOps(OrderDocument.class).createIndex(new Index("batchId", Sort.Direction.ASC));
    }

    /** Inserts the orders of one batch in bulk; the batch is invisible to runs until it is committed. */
    public void insert(String batchId, List<Order> orders) {
        List<OrderDocument> chunk = new ArrayList<>(BATCH_SIZE);
        for (Order order : orders) {
            chunk.add(OrderDocument.of(batchId, order));
            if (chunk.size() == BATCH_SIZE) {
                mongo.insert(chunk, OrderDocument.class);
                chunk.clear();
            }
        }
        if (!chunk.isEmpty()) {
            mongo.insert(chunk, OrderDocument.class);
        }
    }

    /** Deletes every order of a batch; returns how many were deleted. */
    public long deleteBatch(String batchId) {
        return mongo.remove(Query.query(Criteria.where("batchId").is(batchId)), OrderDocument.class).getDeletedCount();
    }

    /**
     * Streams the orders of the given batches (the committed ones a run read once from {@link CommittedBatches}),
     * with the id of the batch each came from, from a cursor.
     */
    public void forEachIn(List<String> batches, BiConsumer<String, Order> consumer) {
        if (batches.isEmpty()) {
            return;
        }
        // why: without a batch size the embedded mongo-java-server answers the whole result in one reply, which fails
        // beyond the driver's 48 MB message limit (about 100,000 orders)
        var query = Query.query(Criteria.where("batchId").in(batches)).cursorBatchSize(STREAM_BATCH_SIZE);
        try (var cursor = mongo.stream(query, OrderDocument.class)) {
            cursor.forEach(doc -> consumer.accept(doc.batchId(), doc.toOrder()));
        }
    }
}
