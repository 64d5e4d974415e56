package io.segmentation.purchases;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import io.segmentation.storage.MongoStartupTask;
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
public class OrderStore implements MongoStartupTask {

    private static final int BUCKETS_PER_INSERT = 4;

    private final MongoOperations mongo;

    OrderStore(MongoOperations mongo) {
        this.mongo = mongo;
    }

    /** Creates the store's index; run by {@link io.segmentation.storage.MongoStartup} once MongoDB is reachable. */
    @Override
    public void onMongoReachable() {
        mongo.indexOps(OrderBucket.class).createIndex(new Index("batchId", Sort.Direction.ASC));
        mongo.indexOps(PRODUCT_SALES).createIndex(new Index("batchId", Sort.Direction.ASC));
    }

    /** Product sales of the uploads, in buckets of {@value #SALES_PER_BUCKET} customer-product pairs per document. */
    static final String PRODUCT_SALES = "product_sales";

    private static final int SALES_PER_BUCKET = 5_000;

    /**
     * Inserts an upload's product sales under its batch id, beside its orders: {@link SalesBucket} documents of up to
     * {@value #SALES_PER_BUCKET} sales and one {@code names} document ({@code [[product, name], ...]});
     * {@link #deleteBatch} removes them with the orders.
     */
    public void insertProducts(String batchId, ProductSales products) {
        if (products.sales().isEmpty()) {
            return;
        }
        // why: encoded a few buckets at a time, as they are inserted; encoding them all first held every sale twice
        List<org.bson.Document> pending = new ArrayList<>(BUCKETS_PER_INSERT);
        List<ProductSales.Sale> sales = products.sales();
        int index = 0;
        for (int from = 0; from < sales.size(); from += SALES_PER_BUCKET) {
            pending.add(SalesBucket.encode(batchId, index++,
                    sales.subList(from, Math.min(sales.size(), from + SALES_PER_BUCKET))));
            if (pending.size() == BUCKETS_PER_INSERT) {
                mongo.insert(pending, PRODUCT_SALES);
                pending.clear();
            }
        }
        List<List<String>> names = products.names().entrySet().stream()
                .map(e -> List.of(e.getKey(), e.getValue())).toList();
        pending.add(new org.bson.Document("_id", batchId + ":names").append("batchId", batchId).append("names", names));
        mongo.insert(pending, PRODUCT_SALES);
    }

    /**
     * Hands every product sale of the given batches to {@code consumer}, a bucket at a time by id (memory holds one
     * bucket); the names of the products the batches named, first name first, go to {@code names}.
     */
    public void forEachProductSale(List<String> batches, Consumer<ProductSales.Sale> consumer, Map<String, String> names) {
        for (String batchId : batches) {
            org.bson.Document named = mongo.findById(batchId + ":names", org.bson.Document.class, PRODUCT_SALES);
            if (named == null) {
                continue; // why: an upload without a product column, or one stored before products were kept
            }
            for (Object pair : named.getList("names", Object.class)) {
                List<?> p = (List<?>) pair;
                names.putIfAbsent((String) p.get(0), (String) p.get(1));
            }
            for (int index = 0; ; index++) {
                org.bson.Document bucket = mongo.findById(batchId + ":" + index, org.bson.Document.class, PRODUCT_SALES);
                if (bucket == null) {
                    break;
                }
                SalesBucket.decode(bucket).forEach(consumer);
            }
        }
    }

    /** Inserts the orders of one batch in buckets; the batch is invisible to runs until it is committed. */
    public void insert(String batchId, List<Order> orders) {
        BucketWriter writer = writer(batchId);
        orders.forEach(order -> writer.add(OrderDocument.of(order)));
        writer.finish();
    }

    /** A writer of a batch's buckets, from the first; the batch must have none yet. */
    BucketWriter writer(String batchId) {
        return new BucketWriter(batchId);
    }

    /**
     * Writes the orders given to it into consecutive buckets of one batch, {@value #BUCKETS_PER_INSERT} buckets per
     * insert, holding no more than that many buckets' orders at a time; {@link #finish()} writes the rest.
     */
    final class BucketWriter {

        private final String batchId;
        private final List<OrderBucket> pending = new ArrayList<>(BUCKETS_PER_INSERT);
        private List<OrderDocument> bucket = new ArrayList<>(OrderBucket.CAPACITY);
        private int index;
        private long written;

        private BucketWriter(String batchId) {
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
                flush();
            }
        }

        private void flush() {
            mongo.insert(pending, OrderBucket.class);
            pending.clear();
        }

        /** Writes what is left; returns how many orders were written in all. */
        long finish() {
            if (!bucket.isEmpty()) {
                seal();
            }
            if (!pending.isEmpty()) {
                flush();
            }
            return written;
        }
    }

    /** Deletes every order and product sale of a batch. */
    public void deleteBatch(String batchId) {
        mongo.remove(Query.query(Criteria.where("batchId").is(batchId)), OrderBucket.class);
        mongo.remove(Query.query(Criteria.where("batchId").is(batchId)), PRODUCT_SALES);
    }

    /** Whether any stored order (of any batch) is the customer's. */
    public boolean hasCustomer(String customerId) {
        return mongo.exists(Query.query(Criteria.where("orders.customerId").is(customerId)), OrderBucket.class);
    }

    /**
     * Removes a customer's orders from every batch, bucket by bucket (one atomic update each, so a retry after a
     * failure removes the rest). A bucket left without orders stays, empty, so a batch's bucket indexes keep no gaps.
     *
     * @return orders removed
     */
    public long eraseCustomer(String customerId) {
        Query theirs = Query.query(Criteria.where("orders.customerId").is(customerId));
        theirs.fields().include("_id").include("orders.customerId");
        long removed = 0;
        for (org.bson.Document bucket : mongo.find(theirs, org.bson.Document.class, "orderBuckets")) {
            List<org.bson.Document> orders = bucket.getList("orders", org.bson.Document.class);
            removed += orders.stream().filter(o -> customerId.equals(o.getString("customerId"))).count();
            mongo.updateFirst(Query.query(Criteria.where("_id").is(bucket.get("_id"))),
                    new org.springframework.data.mongodb.core.query.Update().pull("orders",
                            new org.bson.Document("customerId", customerId)), OrderBucket.class);
        }
        eraseProductSales(customerId);
        return removed;
    }

    /**
     * Removes a customer's product sales from every batch: each bucket that holds some is replaced by one without
     * them (one atomic write per bucket, so a retry after a failure removes the rest).
     */
    private void eraseProductSales(String customerId) {
        Query buckets = new Query(new Criteria().orOperator(Criteria.where("customers").is(customerId),
                Criteria.where("sales").exists(true)));
        for (org.bson.Document bucket : mongo.find(buckets, org.bson.Document.class, PRODUCT_SALES)) {
            List<ProductSales.Sale> sales = SalesBucket.decode(bucket);
            List<ProductSales.Sale> kept = sales.stream().filter(s -> !customerId.equals(s.customerId())).toList();
            if (kept.size() != sales.size()) {
                mongo.save(SalesBucket.encode(bucket.getString("batchId"), bucket.getInteger("index"), kept),
                        PRODUCT_SALES);
            }
        }
    }

    /**
     * Hands every order of the given batches (the committed ones a run read once from {@link CommittedBatches}) to
     * {@code consumer}: batch after batch in the given order, each in the order it was written. Reads one bucket at
     * a time by id, so memory holds one bucket of stored documents, whatever the batches' size; an order's customer
     * id, category names and country are shared with earlier orders' equal texts.
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
