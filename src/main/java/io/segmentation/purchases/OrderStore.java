package io.segmentation.purchases;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import io.segmentation.storage.MongoStartupTask;
import io.segmentation.storage.StoreDurability;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/**
 * Reads and writes orders in MongoDB, by batch (upload): a batch is written whole or deleted whole. The orders of a
 * batch are kept in {@link OrderBucket}s of up to {@value OrderBucket#CAPACITY} orders.
 */
@Repository
@org.springframework.core.annotation.Order(-10) // why: the legacy migration runs before upload recovery, which deletes the buckets of unfinished uploads
public class OrderStore implements MongoStartupTask {

    private static final Logger LOG = LoggerFactory.getLogger(OrderStore.class);

    /** One document per order, as versions before buckets stored them; migrated at start-up, then dropped. */
    static final String LEGACY_COLLECTION = "orders";
    /** The {@code _class} Spring Data wrote into each legacy order document. */
    static final String LEGACY_CLASS = "io.segmentation.purchases.OrderDocument";
    private static final String LEGACY_MOVED_MARKER = "moved-to-orderBuckets";
    private static final int BUCKETS_PER_INSERT = 4;
    private static final int STREAM_BATCH_SIZE = 2_000;

    private final MongoOperations mongo;
    private final StoreDurability durability;

    OrderStore(MongoOperations mongo, StoreDurability durability) {
        this.mongo = mongo;
        this.durability = durability;
    }

    /**
     * Creates the store's indexes and moves orders stored one document per order (the legacy {@code orders}
     * collection) into buckets; run by {@link io.segmentation.storage.MongoStartup} once MongoDB is reachable.
     * Safe to repeat after a crash (see {@link #moveLegacyOrders()}).
     */
    @Override
    public void onMongoReachable() {
        mongo.indexOps(OrderBucket.class).createIndex(new Index("batchId", Sort.Direction.ASC));
        if (mongo.collectionExists(LEGACY_COLLECTION)) {
            moveLegacyOrders();
        }
    }

    /**
     * Moves this service's own documents of the legacy {@code orders} collection (those with {@code _class} =
     * {@code OrderDocument}; a collection of the same name holding anything else, such as a purchase source, is left
     * as it is) into buckets, batch by batch, then deletes them and drops the collection if it is then empty.
     * Crash safety: every batch is rewritten from the legacy documents until a marker document says that all buckets
     * are committed; only then are legacy documents deleted, so a deletion cut short never loses an order.
     */
    private void moveLegacyOrders() {
        Query legacy = Query.query(Criteria.where("_class").is(LEGACY_CLASS));
        if (mongo.findById(LEGACY_MOVED_MARKER, org.bson.Document.class, LEGACY_COLLECTION) == null) {
            List<String> batches = mongo.getCollection(LEGACY_COLLECTION)
                    .distinct("batchId", new org.bson.Document("_class", LEGACY_CLASS), String.class)
                    .into(new ArrayList<>());
            if (batches.isEmpty()) {
                return;
            }
            long moved = 0;
            for (String batchId : batches) {
                deleteBatch(batchId);
                Query ofBatch = Query.query(Criteria.where("_class").is(LEGACY_CLASS).and("batchId").is(batchId))
                        .cursorBatchSize(STREAM_BATCH_SIZE);
                var writer = new BucketWriter(batchId);
                try (var cursor = mongo.stream(ofBatch, OrderDocument.class, LEGACY_COLLECTION)) {
                    cursor.forEach(writer::add);
                }
                moved += writer.finish();
            }
            durability.commit();
            mongo.insert(new org.bson.Document("_id", LEGACY_MOVED_MARKER), LEGACY_COLLECTION);
            durability.commit();
            LOG.info("Moved {} orders of {} uploads from the legacy '{}' collection into order buckets", moved,
                    batches.size(), LEGACY_COLLECTION);
        }
        mongo.remove(legacy, LEGACY_COLLECTION);
        mongo.remove(Query.query(Criteria.where("_id").is(LEGACY_MOVED_MARKER)), LEGACY_COLLECTION);
        if (mongo.getCollection(LEGACY_COLLECTION).countDocuments() == 0) {
            mongo.dropCollection(LEGACY_COLLECTION);
        }
        durability.commit();
    }

    /** Inserts the orders of one batch in buckets; the batch is invisible to runs until it is committed. */
    public void insert(String batchId, List<Order> orders) {
        var writer = new BucketWriter(batchId);
        orders.forEach(order -> writer.add(OrderDocument.of(order)));
        writer.finish();
    }

    /**
     * Writes the orders given to it into consecutive buckets of one batch, {@value #BUCKETS_PER_INSERT} buckets per
     * insert, holding no more than that many buckets' orders at a time; {@link #finish()} writes the rest.
     */
    private final class BucketWriter {

        private final String batchId;
        private final List<OrderBucket> pending = new ArrayList<>(BUCKETS_PER_INSERT);
        private List<OrderDocument> bucket = new ArrayList<>(OrderBucket.CAPACITY);
        private int index;
        private long written;

        BucketWriter(String batchId) {
            this.batchId = batchId;
        }

        void add(OrderDocument order) {
            bucket.add(order);
            written++;
            if (bucket.size() == OrderBucket.CAPACITY) {
                seal();
            }
        }

        private void seal() {
            pending.add(OrderBucket.of(batchId, index++, bucket));
            bucket = new ArrayList<>(OrderBucket.CAPACITY);
            if (pending.size() == BUCKETS_PER_INSERT) {
                mongo.insert(pending, OrderBucket.class);
                pending.clear();
            }
        }

        /** Writes what is left; returns how many orders were written in all. */
        long finish() {
            if (!bucket.isEmpty()) {
                seal();
            }
            if (!pending.isEmpty()) {
                mongo.insert(pending, OrderBucket.class);
                pending.clear();
            }
            return written;
        }
    }

    /** Deletes every order of a batch. */
    public void deleteBatch(String batchId) {
        mongo.remove(Query.query(Criteria.where("batchId").is(batchId)), OrderBucket.class);
    }

    /**
     * Hands every order of the given batches (the committed ones a run read once from {@link CommittedBatches}) to
     * {@code consumer}: batch after batch in the given order, each in the order it was written. Reads one bucket at a time by id, so memory holds one bucket of stored documents, whatever the
     * batches' size; an order's customer id, category names and country are shared with earlier orders' equal texts.
     */
    public void forEachIn(List<String> batches, Consumer<Order> consumer) {
        Map<String, String> texts = new HashMap<>();
        for (String batchId : batches) {
            for (int index = 0; ; index++) {
                OrderBucket bucket = mongo.findById(OrderBucket.id(batchId, index), OrderBucket.class);
                if (bucket == null) {
                    break;
                }
                for (OrderDocument order : bucket.orders()) {
                    consumer.accept(order.toOrder(text -> texts.computeIfAbsent(text, t -> t)));
                }
            }
        }
    }
}
