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
    private static final int BUCKETS_PER_INSERT = 4;

    private final MongoOperations mongo;
    private final StoreDurability durability;

    OrderStore(MongoOperations mongo, StoreDurability durability) {
        this.mongo = mongo;
        this.durability = durability;
    }

    /**
     * Creates the store's indexes and moves orders stored one document per order (the legacy {@code orders}
     * collection) into buckets; run by {@link io.segmentation.storage.MongoStartup} once MongoDB is reachable.
     * Safe to repeat after a crash: the legacy collection is dropped only after every batch's buckets are committed.
     */
    @Override
    public void onMongoReachable() {
        mongo.indexOps(OrderBucket.class).createIndex(new Index("batchId", Sort.Direction.ASC));
        if (mongo.collectionExists(LEGACY_COLLECTION)) {
            migrateLegacyOrders();
        }
    }

    private void migrateLegacyOrders() {
        List<String> batches = mongo.findDistinct(new Query(), "batchId", LEGACY_COLLECTION, String.class);
        long moved = 0;
        for (String batchId : batches) {
            List<OrderDocument> legacy = mongo.find(Query.query(Criteria.where("batchId").is(batchId)),
                    OrderDocument.class, LEGACY_COLLECTION);
            deleteBatch(batchId);
            writeBuckets(batchId, legacy);
            moved += legacy.size();
        }
        durability.commit();
        mongo.dropCollection(LEGACY_COLLECTION);
        durability.commit();
        LOG.info("Moved {} orders of {} uploads from the legacy '{}' collection into order buckets", moved,
                batches.size(), LEGACY_COLLECTION);
    }

    /** Inserts the orders of one batch in buckets; the batch is invisible to runs until it is committed. */
    public void insert(String batchId, List<Order> orders) {
        writeBuckets(batchId, orders.stream().map(OrderDocument::of).toList());
    }

    private void writeBuckets(String batchId, List<OrderDocument> orders) {
        List<OrderBucket> pending = new ArrayList<>(BUCKETS_PER_INSERT);
        for (int from = 0, index = 0; from < orders.size(); from += OrderBucket.CAPACITY, index++) {
            int to = Math.min(orders.size(), from + OrderBucket.CAPACITY);
            pending.add(OrderBucket.of(batchId, index, orders.subList(from, to)));
            if (pending.size() == BUCKETS_PER_INSERT) {
                mongo.insert(pending, OrderBucket.class);
                pending.clear();
            }
        }
        if (!pending.isEmpty()) {
            mongo.insert(pending, OrderBucket.class);
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
