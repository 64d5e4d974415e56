package io.segmentation.purchases;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/** Orders are kept in buckets of 500 per upload, read back bucket by bucket, and migrated from the legacy layout. */
@SpringBootTest(properties = "test.store=order-store")
@ActiveProfiles("test")
class OrderStoreIntegrationTests {

    private static final Instant T0 = Instant.parse("2024-03-01T10:15:30.123Z");

    @Autowired
    OrderStore store;

    @Autowired
    LegacyOrderMigration migration;

    @Autowired
    MongoOperations mongo;

    @Test
    void aBatchIsWrittenInBucketsOf500AndReadBackInOrderBatchAfterBatch() {
        List<Order> big = orders("C", 1_234);
        List<Order> small = orders("D", 3);
        store.insert("big", big);
        store.insert("small", small);

        List<OrderBucket> buckets = mongo.find(Query.query(Criteria.where("batchId").is("big")), OrderBucket.class);
        assertThat(buckets).extracting(OrderBucket::id).containsExactlyInAnyOrder("big:0", "big:1", "big:2");
        assertThat(buckets).extracting(b -> b.orders().size()).containsExactlyInAnyOrder(500, 500, 234);

        List<Order> read = new ArrayList<>();
        store.forEachIn(List.of("small", "big"), read::add);
        List<Order> expected = new ArrayList<>(small);
        expected.addAll(big);
        assertThat(read).containsExactlyElementsOf(expected);
        // why: a run holds every order; equal texts are kept once
        assertThat(read.get(3).customerId()).isSameAs(read.get(3 + 7).customerId());
        assertThat(read.get(4).country()).isNotNull().isSameAs(read.get(6).country());

        store.deleteBatch("big");
        read.clear();
        store.forEachIn(List.of("small", "big"), read::add);
        assertThat(read).containsExactlyElementsOf(small);
        store.deleteBatch("small");
    }

    @Test
    void ordersStoredOneDocumentPerOrderMoveIntoBucketsAtStartUpAndTheMoveCanBeRepeated() {
        List<Order> first = orders("L", 501);
        List<Order> second = orders("M", 2);
        List<Document> legacy = new ArrayList<>();
        first.forEach(o -> legacy.add(legacyDocument("legacy-1", o)));
        second.forEach(o -> legacy.add(legacyDocument("legacy-2", o)));
        mongo.getCollection(LegacyOrderMigration.LEGACY_COLLECTION).insertMany(legacy);

        migration.onMongoReachable();
        migration.onMongoReachable(); // why: start-up tasks are repeated after a failure; nothing may be doubled

        assertThat(mongo.collectionExists(LegacyOrderMigration.LEGACY_COLLECTION)).isFalse();
        assertMovedInOrder(first, second);

        // a crash after every bucket was committed, while the legacy documents were being deleted: the marker says
        // the buckets are complete, so the leftovers are only deleted
        mongo.getCollection(LegacyOrderMigration.LEGACY_COLLECTION).insertMany(legacy.subList(0, 100));
        mongo.getCollection(LegacyOrderMigration.LEGACY_COLLECTION).insertOne(new Document("_id", LegacyOrderMigration.MOVED_MARKER));
        migration.onMongoReachable();
        assertThat(mongo.collectionExists(LegacyOrderMigration.LEGACY_COLLECTION)).isFalse();
        assertMovedInOrder(first, second);
        store.deleteBatch("legacy-1");
        store.deleteBatch("legacy-2");
    }

    @Test
    void aCollectionNamedOrdersThatIsNotOursKeepsItsDocuments() {
        List<Order> ours = orders("N", 3);
        List<Document> mixed = new ArrayList<>();
        ours.forEach(o -> mixed.add(legacyDocument("legacy-3", o)));
        // why: a purchase source may live in the service's database under the same name
        mixed.add(new Document("customer_id", "X1").append("batchId", "not-ours").append("total", 12.5));
        mongo.getCollection(LegacyOrderMigration.LEGACY_COLLECTION).insertMany(mixed);

        migration.onMongoReachable();

        assertThat(mongo.getCollection(LegacyOrderMigration.LEGACY_COLLECTION).find())
                .extracting(d -> d.getString("customer_id")).containsExactly("X1");
        List<Order> read = new ArrayList<>();
        store.forEachIn(List.of("legacy-3", "not-ours"), read::add);
        assertThat(read).containsExactlyElementsOf(ours);
        mongo.dropCollection(LegacyOrderMigration.LEGACY_COLLECTION);
        store.deleteBatch("legacy-3");
    }

    private void assertMovedInOrder(List<Order> first, List<Order> second) {
        List<Order> read = new ArrayList<>();
        store.forEachIn(List.of("legacy-1", "legacy-2"), read::add);
        List<Order> expected = new ArrayList<>(first);
        expected.addAll(second);
        assertThat(read).containsExactlyElementsOf(expected);
    }

    private static List<Order> orders(String customerPrefix, int n) {
        List<Order> orders = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Map<String, Double> categories = switch (i % 3) {
                case 0 -> Map.of();
                case 1 -> Map.of("Home", 2.5 + i);
                default -> Map.of("Home", 1.0, "Toys.and.games", 4.25);
            };
            orders.add(new Order(customerPrefix + (i % 7), "O" + i, T0.plusSeconds(3_600L * i), 10.0 + i, 1 + i % 4,
                    1 + i % 3, categories, i % 5 == 0 ? null : "United Kingdom"));
        }
        return orders;
    }

    /** An order as versions before buckets stored it: one document per order in the {@code orders} collection. */
    private static Document legacyDocument(String batchId, Order order) {
        List<Document> categories = order.amountByCategory().entrySet().stream()
                .map(e -> new Document("category", e.getKey()).append("amount", e.getValue())).toList();
        return new Document("batchId", batchId).append("customerId", order.customerId())
                .append("orderId", order.orderId()).append("timestamp", Date.from(order.timestamp()))
                .append("amount", order.amount()).append("items", order.items()).append("lines", order.lines())
                .append("categories", categories).append("country", order.country())
                .append("_class", LegacyOrderMigration.LEGACY_CLASS);
    }
}
