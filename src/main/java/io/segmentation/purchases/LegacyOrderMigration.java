package io.segmentation.purchases;

import java.util.ArrayList;
import java.util.List;

import io.segmentation.storage.MongoStartupTask;
import io.segmentation.storage.StoreDurability;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Moves orders that versions before buckets stored one document per order (the {@code orders} collection) into
 * {@link OrderBucket}s once MongoDB is reachable at start-up. Only this service's own documents are moved (those with
 * {@code _class} = {@code OrderDocument}): a collection of the same name holding anything else, such as a purchase
 * source, keeps its documents. Safe to repeat after a crash: every batch is rewritten from the legacy documents until
 * a marker document says all buckets are committed; only then are legacy documents deleted, so a deletion cut short
 * never loses an order.
 */
@Component
@Order(-10) // why: before upload recovery, or the orders of an upload it removes would come back as buckets
class LegacyOrderMigration implements MongoStartupTask {

    private static final Logger LOG = LoggerFactory.getLogger(LegacyOrderMigration.class);

    static final String LEGACY_COLLECTION = "orders";
    /** The {@code _class} Spring Data wrote into each legacy order document. */
    static final String LEGACY_CLASS = "io.segmentation.purchases.OrderDocument";
    static final String MOVED_MARKER = "moved-to-orderBuckets";
    private static final int STREAM_BATCH_SIZE = 2_000;

    private final MongoOperations mongo;
    private final OrderStore store;
    private final StoreDurability durability;

    LegacyOrderMigration(MongoOperations mongo, OrderStore store, StoreDurability durability) {
        this.mongo = mongo;
        this.store = store;
        this.durability = durability;
    }

    @Override
    public void onMongoReachable() {
        if (!mongo.collectionExists(LEGACY_COLLECTION)) {
            return;
        }
        if (mongo.findById(MOVED_MARKER, org.bson.Document.class, LEGACY_COLLECTION) == null && !moveAll()) {
            return;
        }
        mongo.remove(Query.query(Criteria.where("_class").is(LEGACY_CLASS)), LEGACY_COLLECTION);
        mongo.remove(Query.query(Criteria.where("_id").is(MOVED_MARKER)), LEGACY_COLLECTION);
        if (mongo.getCollection(LEGACY_COLLECTION).countDocuments() == 0) {
            mongo.dropCollection(LEGACY_COLLECTION);
        }
        durability.commit();
    }

    /** Rewrites every legacy batch as buckets and commits them with the marker; false when there was none. */
    private boolean moveAll() {
        List<String> batches = mongo.getCollection(LEGACY_COLLECTION)
                .distinct("batchId", new org.bson.Document("_class", LEGACY_CLASS), String.class)
                .into(new ArrayList<>());
        if (batches.isEmpty()) {
            return false;
        }
        long moved = 0;
        for (String batchId : batches) {
            store.deleteBatch(batchId);
            Query ofBatch = Query.query(Criteria.where("_class").is(LEGACY_CLASS).and("batchId").is(batchId))
                    .cursorBatchSize(STREAM_BATCH_SIZE);
            OrderStore.BucketWriter writer = store.writer(batchId);
            try (var cursor = mongo.stream(ofBatch, OrderDocument.class, LEGACY_COLLECTION)) {
                cursor.forEach(writer::add);
            }
            moved += writer.finish();
        }
        durability.commit();
        mongo.insert(new org.bson.Document("_id", MOVED_MARKER), LEGACY_COLLECTION);
        durability.commit();
        LOG.info("Moved {} orders of {} uploads from the legacy '{}' collection into order buckets", moved,
                batches.size(), LEGACY_COLLECTION);
        return true;
    }
}
