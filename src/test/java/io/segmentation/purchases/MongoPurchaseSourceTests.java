package io.segmentation.purchases;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Both ways of reading a source, on an in-memory mongo-java-server: the same orders and the same counts. */
class MongoPurchaseSourceTests {

    private MongoServer server;
    private MongoClient client;
    private MongoCollection<Document> collection;

    @BeforeEach
    void start() {
        server = new MongoServer(new MemoryBackend());
        var address = server.bind();
        client = MongoClients.create("mongodb://127.0.0.1:" + address.getPort());
        collection = client.getDatabase("shop").getCollection("purchases");
    }

    @AfterEach
    void stop() {
        client.close();
        server.shutdown();
    }

    @Test
    void aggregationAndStreamingReadTheSameOrdersFromTheSeedLayout() {
        collection.insertMany(SeedOrders.documents());

        Result aggregated = read(MongoSourceSettings.ReadMode.AGGREGATE, new MongoSourceSettings.Fields(
                "customer.id", "order_id", "date", "total_amount_lkr", "product.category"));
        Result streamed = read(MongoSourceSettings.ReadMode.STREAM, new MongoSourceSettings.Fields(
                "customer.id", "order_id", "date", "total_amount_lkr", "product.category"));

        assertThat(aggregated.input().path()).isEqualTo("aggregation");
        assertThat(streamed.input().path()).isEqualTo("stream");
        assertThat(aggregated.orders()).isEqualTo(streamed.orders());
        assertThat(aggregated.input().documentsRead()).isEqualTo(streamed.input().documentsRead())
                .isEqualTo(SeedOrders.documents().size());
        assertThat(aggregated.input().unreadableByReason()).isEqualTo(streamed.input().unreadableByReason())
                .isEqualTo(SeedOrders.UNREADABLE);
        Order split = aggregated.orders().stream().filter(o -> o.orderId().equals("ORD7001")).findFirst().orElseThrow();
        assertThat(split.amount()).isEqualTo(13000.0);
        assertThat(split.lines()).isEqualTo(2);
        assertThat(split.amountByCategory()).isEqualTo(Map.of("Mens", 13000.0));
    }

    @Test
    void aFlatLineLayoutWithNumericIdsAndBsonDatesIsSummedPerOrder() {
        Date at = Date.from(Instant.parse("2011-12-09T12:50:00Z"));
        collection.insertMany(List.of(
                new Document("CustomerID", 12680.0).append("InvoiceNo", 581587).append("InvoiceDate", at)
                        .append("Amount", 15.0).append("Category", "Kitchen"),
                new Document("CustomerID", "12680").append("InvoiceNo", "581587").append("InvoiceDate", at)
                        .append("Amount", "20.5").append("Category", "Toys"),
                new Document("CustomerID", 12680).append("InvoiceNo", 581588).append("InvoiceDate", "2011-12-09")
                        .append("Amount", 4.5)));
        MongoSourceSettings.Fields fields = new MongoSourceSettings.Fields("CustomerID", "InvoiceNo", "InvoiceDate",
                "Amount", "Category");

        for (MongoSourceSettings.ReadMode mode : List.of(MongoSourceSettings.ReadMode.AUTO, MongoSourceSettings.ReadMode.STREAM)) {
            Result result = read(mode, fields);
            assertThat(result.orders()).as(mode.name()).containsExactly(
                    new Order("12680", "581587", at.toInstant(), 35.5, 2, 2, Map.of("Kitchen", 15.0, "Toys", 20.5), null),
                    new Order("12680", "581588", Instant.parse("2011-12-09T00:00:00Z"), 4.5, 1, 1, Map.of(), null));
            assertThat(result.input().unreadable()).isZero();
        }
    }

    @Test
    void autoStreamsWhenTheAggregationsReplyIsTooLargeToRead() {
        collection.insertMany(SeedOrders.documents());
        MongoCollection<Document> oversized = org.mockito.Mockito.spy(collection);
        var error = new com.mongodb.MongoInternalException(
                "The reply message length 88031542 is greater than the maximum message length 48000000");
        org.mockito.Mockito.doThrow(error).when(oversized).aggregate(org.mockito.ArgumentMatchers.anyList());

        List<Order> orders = new ArrayList<>();
        PurchaseInput input = new MongoPurchaseSource("shop.purchases", oversized, seedFields(),
                MongoSourceSettings.ReadMode.AUTO, ZoneOffset.UTC).read(orders::add);
        orders.sort(Comparator.comparing(Order::customerId).thenComparing(Order::orderId));

        assertThat(input.path()).isEqualTo("stream");
        assertThat(orders).isEqualTo(read(MongoSourceSettings.ReadMode.AGGREGATE, seedFields()).orders());
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new MongoPurchaseSource("shop.purchases", oversized,
                seedFields(), MongoSourceSettings.ReadMode.AGGREGATE, ZoneOffset.UTC).read(o -> { }))
                .isSameAs(error);
    }

    @Test
    void autoStreamsWhenTheServerRejectsTheAggregationAndAggregateFails() {
        collection.insertMany(SeedOrders.documents());
        MongoCollection<Document> rejecting = org.mockito.Mockito.spy(collection);
        var error = new com.mongodb.MongoCommandException(new org.bson.BsonDocument("ok", new org.bson.BsonInt32(0))
                .append("code", new org.bson.BsonInt32(168))
                .append("errmsg", new org.bson.BsonString("Unrecognized expression '$convert'")),
                new com.mongodb.ServerAddress());
        org.mockito.Mockito.doThrow(error).when(rejecting).aggregate(org.mockito.ArgumentMatchers.anyList());

        List<Order> orders = new ArrayList<>();
        PurchaseInput input = new MongoPurchaseSource("shop.purchases", rejecting, seedFields(),
                MongoSourceSettings.ReadMode.AUTO, ZoneOffset.UTC).read(orders::add);
        orders.sort(Comparator.comparing(Order::customerId).thenComparing(Order::orderId));

        assertThat(input.path()).isEqualTo("stream");
        assertThat(orders).isEqualTo(read(MongoSourceSettings.ReadMode.AGGREGATE, seedFields()).orders());
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new MongoPurchaseSource("shop.purchases", rejecting,
                seedFields(), MongoSourceSettings.ReadMode.AGGREGATE, ZoneOffset.UTC).read(o -> { }))
                .isSameAs(error);
    }

    @Test
    void theSignatureChangesWithInsertsAndDeletes() {
        collection.insertMany(SeedOrders.documents());
        MongoPurchaseSource source = source(MongoSourceSettings.ReadMode.AUTO, seedFields());
        String before = source.signature();
        assertThat(source.signature()).isEqualTo(before);

        collection.insertOne(SeedOrders.doc("CUST2000", "ORD20000", "2024-01-01", 10, "Kids"));
        String afterInsert = source.signature();
        assertThat(afterInsert).isNotEqualTo(before);

        collection.deleteOne(new Document("order_id", "ORD1001"));
        assertThat(source.signature()).isNotEqualTo(afterInsert);
    }

    private Result read(MongoSourceSettings.ReadMode mode, MongoSourceSettings.Fields fields) {
        List<Order> orders = new ArrayList<>();
        PurchaseInput input = source(mode, fields).read(orders::add);
        orders.sort(Comparator.comparing(Order::customerId).thenComparing(Order::orderId));
        return new Result(orders, input);
    }

    private MongoPurchaseSource source(MongoSourceSettings.ReadMode mode, MongoSourceSettings.Fields fields) {
        return new MongoPurchaseSource("shop.purchases", collection, fields, mode, ZoneOffset.UTC);
    }

    private static MongoSourceSettings.Fields seedFields() {
        return new MongoSourceSettings.Fields("customer.id", "order_id", "date", "total_amount_lkr", "product.category");
    }

    private record Result(List<Order> orders, PurchaseInput input) {
    }
}
