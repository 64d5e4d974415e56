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

    /** Orders per slice a bucket's orders are unwound in (about the square root of {@link OrderBucket#CAPACITY}). */
    private static final int SLICE = 25;

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

    /**
     * Totals of the given committed uploads' orders, computed in MongoDB: one pass over their buckets ({@code $match},
     * {@code $unwind}, {@code $group} per customer and order id, then one {@code $group}).
     */
    public StoredOrderTotals totalsIn(List<String> batches) {
        List<org.bson.Document> pipeline = new ArrayList<>(distinctOrders(batches));
        pipeline.add(new org.bson.Document("$group", new org.bson.Document("_id", null)
                .append("documents", new org.bson.Document("$sum", "$n"))
                .append("orders", new org.bson.Document("$sum", 1))
                .append("latest", new org.bson.Document("$max", "$last.order.timestamp"))));
        org.bson.Document totals = aggregate(pipeline, 1).first();
        if (totals == null) {
            return new StoredOrderTotals(0, 0, null);
        }
        java.util.Date latest = totals.getDate("latest");
        return new StoredOrderTotals(((Number) totals.get("documents")).longValue(),
                ((Number) totals.get("orders")).longValue(), latest == null ? null : latest.toInstant());
    }

    /**
     * Hands to {@code consumer} every distinct order of the given uploads, as the last upload that has it stores it,
     * that has a version timed at or after {@code from} for which {@code wanted} holds. Two small aggregations instead
     * of a pass over every order: the versions timed from {@code from} (only buckets holding one are unwound), which
     * the service tests with {@code wanted} as they stream past, then every version of the orders it wanted (usually
     * none), of which the last upload's counts.
     */
    public void forEachOrderFrom(List<String> batches, java.time.Instant from,
                                 java.util.function.Predicate<java.time.Instant> wanted, Consumer<Order> consumer) {
        org.bson.Document recent = new org.bson.Document("orders.timestamp",
                new org.bson.Document("$gte", java.util.Date.from(from)));
        List<org.bson.Document> versions = new ArrayList<>(distinctOrders(batches, recent, recent));
        versions.set(versions.size() - 1, new org.bson.Document("$group", new org.bson.Document("_id",
                new org.bson.Document("c", "$orders.customerId").append("o", "$orders.orderId"))
                .append("t", new org.bson.Document("$push", "$orders.timestamp"))));
        java.util.Set<List<Object>> keys = new java.util.HashSet<>();
        List<Object> orderIds = new ArrayList<>();
        for (org.bson.Document d : aggregate(versions, 1000)) {
            boolean any = d.getList("t", java.util.Date.class).stream().anyMatch(t -> wanted.test(t.toInstant()));
            org.bson.Document key = d.get("_id", org.bson.Document.class);
            if (any && keys.add(List.of(key.get("c"), key.get("o")))) {
                orderIds.add(key.get("o"));
            }
        }
        if (keys.isEmpty()) {
            return;
        }
        org.bson.Document theirs = new org.bson.Document("orders.orderId", new org.bson.Document("$in", orderIds));
        Map<String, String> texts = new HashMap<>();
        for (org.bson.Document d : aggregate(distinctOrders(batches, theirs, theirs), 1000)) {
            org.bson.Document key = d.get("_id", org.bson.Document.class);
            if (keys.contains(List.of(key.get("c"), key.get("o")))) {
                consumer.accept(order(d.get("last", org.bson.Document.class).get("order", org.bson.Document.class), texts));
            }
        }
    }

    /**
     * Streams the given uploads' distinct orders grouped per customer: MongoDB unwinds the buckets, keeps one version
     * of an order repeated across uploads (the last upload's), leaves out orders timed at or after {@code before}
     * (when given) and groups the rest per customer; the service receives one document per customer, {@code batchSize}
     * customers per cursor batch, and hands each to {@code customer} with its orders in no particular order.
     *
     * @param batches   committed upload ids, oldest first (the order {@link #forEachIn} reads them in)
     * @param before    leave out orders at or after this instant; null = none
     * @param batchSize customers per cursor batch
     */
    public void forEachCustomerIn(List<String> batches, java.time.@org.jspecify.annotations.Nullable Instant before,
                                  int batchSize, java.util.function.BiConsumer<String, List<StoredOrder>> customer) {
        List<org.bson.Document> pipeline = new ArrayList<>(distinctOrders(batches));
        if (before != null) {
            pipeline.add(new org.bson.Document("$match", new org.bson.Document("last.order.timestamp",
                    new org.bson.Document("$lt", java.util.Date.from(before)))));
        }
        pipeline.add(new org.bson.Document("$group", new org.bson.Document("_id", "$_id.c")
                .append("orders", new org.bson.Document("$push",
                        new org.bson.Document("a", "$first").append("o", "$last.order")))));
        Map<String, String> texts = new HashMap<>();
        for (org.bson.Document d : aggregate(pipeline, batchSize)) {
            List<org.bson.Document> pushed = d.getList("orders", org.bson.Document.class);
            List<StoredOrder> orders = new ArrayList<>(pushed.size());
            for (org.bson.Document p : pushed) {
                org.bson.Document at = p.get("a", org.bson.Document.class);
                orders.add(new StoredOrder(order(p.get("o", org.bson.Document.class), texts), number(at.get("r")),
                        number(at.get("i")), number(at.get("p"))));
            }
            customer.accept(orders.get(0).order().customerId(), orders);
        }
    }

    /**
     * The stages every per-order aggregation starts with: the uploads' buckets ({@code $match batchId $in}, which the
     * {@code batchId} index serves), each bucket's orders with the upload's position in {@code batches}, the bucket's
     * index and the order's position ({@code $project} into slices of {@value #SLICE} orders, {@code $unwind} the
     * slices, {@code $unwind} each slice with {@code includeArrayIndex}, {@code $project}), then one
     * document per customer and order id ({@code $group}): {@code first} = where it was first written,
     * {@code last.order} = the last upload's version, {@code n} = how many versions.
     */
    private static List<org.bson.Document> distinctOrders(List<String> batches) {
        return distinctOrders(batches, null, null);
    }

    /**
     * As {@link #distinctOrders(List)}, reading only the buckets that match {@code buckets} and, of their orders, only
     * those that match {@code orders} (both on the stored fields, e.g. {@code orders.timestamp}); null = all.
     */
    private static List<org.bson.Document> distinctOrders(List<String> batches,
                                                          org.bson.@org.jspecify.annotations.Nullable Document buckets,
                                                          org.bson.@org.jspecify.annotations.Nullable Document orders) {
        org.bson.Document position = new org.bson.Document("$indexOfArray",
                List.of(new org.bson.Document("$literal", batches), "$batchId"));
        org.bson.Document match = new org.bson.Document("batchId", new org.bson.Document("$in", batches));
        if (buckets != null) {
            match.putAll(buckets);
        }
        // why: mongo-java-server's $unwind deep-copies the whole document for every element, 500 x 500 orders per
        // bucket; unwinding slices of 25 first, then each slice, copies 25 times less (a real MongoDB does not care)
        org.bson.Document slices = new org.bson.Document("$map", new org.bson.Document("input",
                new org.bson.Document("$range", List.of(0, new org.bson.Document("$size", "$orders"), SLICE)))
                .append("as", "s").append("in", new org.bson.Document("s", "$$s")
                        .append("o", new org.bson.Document("$slice", List.of("$orders", "$$s", SLICE)))));
        List<org.bson.Document> stages = new ArrayList<>(List.of(
                new org.bson.Document("$match", match),
                new org.bson.Document("$project", new org.bson.Document("_id", 0).append("r", position)
                        .append("i", "$index").append("slices", slices)),
                new org.bson.Document("$unwind", "$slices"),
                new org.bson.Document("$unwind", new org.bson.Document("path", "$slices.o").append("includeArrayIndex", "q")),
                new org.bson.Document("$project", new org.bson.Document("r", 1).append("i", 1)
                        .append("p", new org.bson.Document("$add", List.of("$slices.s", "$q")))
                        .append("orders", "$slices.o"))));
        if (orders != null) {
            stages.add(new org.bson.Document("$match", orders));
        }
        // why: $min and $max of a document compare its fields in order, so the upload's position decides:
        // first = the earliest upload's (bucket, position), last = the latest upload's version of the order
        stages.add(new org.bson.Document("$group", new org.bson.Document("_id",
                new org.bson.Document("c", "$orders.customerId").append("o", "$orders.orderId"))
                .append("first", new org.bson.Document("$min",
                        new org.bson.Document("r", "$r").append("i", "$i").append("p", "$p")))
                .append("last", new org.bson.Document("$max",
                        new org.bson.Document("r", "$r").append("order", "$orders")))
                .append("n", new org.bson.Document("$sum", 1))));
        return stages;
    }

    private com.mongodb.client.AggregateIterable<org.bson.Document> aggregate(List<org.bson.Document> pipeline,
                                                                              int batchSize) {
        return mongo.getCollection(mongo.getCollectionName(OrderBucket.class)).aggregate(pipeline)
                .allowDiskUse(true).batchSize(batchSize);
    }

    private Order order(org.bson.Document stored, Map<String, String> texts) {
        return mongo.getConverter().read(OrderDocument.class, stored).toOrder(text -> texts.computeIfAbsent(text, t -> t));
    }

    private static int number(Object value) {
        return ((Number) value).intValue();
    }
}
