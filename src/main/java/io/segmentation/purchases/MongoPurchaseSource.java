package io.segmentation.purchases;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import com.mongodb.MongoCommandException;
import com.mongodb.MongoInternalException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import org.bson.Document;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One MongoDB collection of purchases. Reads it in one of two ways, to the same orders:
 * <ul>
 * <li>{@code aggregation}: MongoDB converts the amounts, sums the documents per customer, order, date and category
 * ({@code $project}, {@code $group}) and then groups those sums per customer ({@code $group}), so the service
 * receives one document per customer instead of one per order line;</li>
 * <li>{@code stream}: a cursor over the documents with a projection of the five fields, summed in the service.</li>
 * </ul>
 * Dates are parsed in the service in both cases ({@code $dateFromString} is not available everywhere and would
 * read local times in UTC rather than {@code segmentation.zone}).
 */
final class MongoPurchaseSource {

    private static final Logger LOG = LoggerFactory.getLogger(MongoPurchaseSource.class);

    private final String name;
    private final MongoCollection<Document> collection;
    private final MongoSourceSettings.Fields fields;
    private final MongoSourceSettings.ReadMode mode;
    private final ZoneId zone;

    MongoPurchaseSource(String name, MongoCollection<Document> collection, MongoSourceSettings.Fields fields,
                        MongoSourceSettings.ReadMode mode, ZoneId zone) {
        this.name = name;
        this.collection = collection;
        this.fields = fields;
        this.mode = mode;
        this.zone = zone;
    }

    String name() {
        return name;
    }

    /**
     * What identifies the collection's content cheaply: document count, greatest {@code _id} and greatest date.
     * Inserts and deletes change it; an in-place update of an old document does not (run with force=true then).
     */
    String signature() {
        long count = collection.countDocuments();
        Document lastId = collection.find().projection(Projections.include("_id")).sort(Sorts.descending("_id"))
                .limit(1).first();
        Document lastDate = collection.find().projection(Projections.include(fields.date()))
                .sort(Sorts.descending(fields.date())).limit(1).first();
        return name + ":" + count + ":" + (lastId == null ? "" : lastId.get("_id")) + ":"
                + (lastDate == null ? "" : value(lastDate, fields.date()));
    }

    /** Reads every order of the collection into the consumer; documents that cannot be read are counted, not fatal. */
    PurchaseInput read(Consumer<Order> consumer) {
        if (mode != MongoSourceSettings.ReadMode.STREAM) {
            try {
                return aggregate(consumer);
            } catch (MongoCommandException e) {
                if (mode == MongoSourceSettings.ReadMode.AGGREGATE) {
                    throw e;
                }
                LOG.info("Source {}: the server cannot run the aggregation ({}); streaming instead", name,
                        e.getErrorMessage());
            } catch (MongoInternalException e) {
                // why: a server that answers the whole result in one reply (the embedded mongo-java-server ignores the
                // batch size) can exceed the driver's 48 MB message limit on a large source (measured: 88 MB for
                // 779,554 line documents); a cursor over the documents has no such reply
                if (mode == MongoSourceSettings.ReadMode.AGGREGATE) {
                    throw e;
                }
                LOG.info("Source {}: the aggregation's reply could not be read ({}); streaming instead", name,
                        e.getMessage());
            }
        }
        return stream(consumer);
    }

    private PurchaseInput aggregate(Consumer<Order> consumer) {
        SourceReading reading = new SourceReading(zone);
        try (var cursor = collection.aggregate(pipeline()).allowDiskUse(true).batchSize(1000).iterator()) {
            while (cursor.hasNext()) {
                Document customer = cursor.next();
                Object customerId = customer.get("_id");
                for (Document p : customer.getList("parts", Document.class)) {
                    reading.part(customerId, p.get("o"), p.get("d"), p.get("k"), number(p.get("a")),
                            count(p.get("n")), count(p.get("badAmount")), count(p.get("nonPositive")));
                }
            }
        }
        return reading.finish(name, "aggregation", consumer);
    }

    /** Per customer, order, date and category: sums; then per customer: the list of those sums. */
    List<Document> pipeline() {
        Document amount = new Document("$convert", new Document("input", "$" + fields.amount())
                .append("to", "double").append("onError", null).append("onNull", null));
        Document project = new Document("_id", 0).append("c", "$" + fields.customerId()).append("o", "$" + fields.orderId())
                .append("d", "$" + fields.date()).append("a", amount);
        if (!fields.category().isBlank()) {
            project.append("k", "$" + fields.category());
        }
        Document isNumber = new Document("$ne", Arrays.asList("$a", null));
        Document positive = new Document("$gt", List.of("$a", 0));
        Document group = new Document("_id", new Document("c", "$c").append("o", "$o").append("d", "$d").append("k", "$k"))
                .append("a", new Document("$sum", new Document("$cond", List.of(positive, "$a", 0))))
                .append("n", new Document("$sum", 1))
                .append("badAmount", new Document("$sum", new Document("$cond", List.of(isNumber, 0, 1))))
                .append("nonPositive", new Document("$sum", new Document("$cond",
                        List.of(new Document("$and", List.of(isNumber, new Document("$lte", List.of("$a", 0)))), 1, 0))));
        Document perCustomer = new Document("_id", "$_id.c").append("parts", new Document("$push",
                new Document("o", "$_id.o").append("d", "$_id.d").append("k", "$_id.k").append("a", "$a")
                        .append("n", "$n").append("badAmount", "$badAmount").append("nonPositive", "$nonPositive")));
        return List.of(new Document("$project", project), new Document("$group", group),
                new Document("$group", perCustomer));
    }

    private PurchaseInput stream(Consumer<Order> consumer) {
        SourceReading reading = new SourceReading(zone);
        List<String> paths = new ArrayList<>(List.of(fields.customerId(), fields.orderId(), fields.date(), fields.amount()));
        if (!fields.category().isBlank()) {
            paths.add(fields.category());
        }
        try (var cursor = collection.find().projection(Projections.include(paths)).batchSize(1000).iterator()) {
            while (cursor.hasNext()) {
                Document doc = cursor.next();
                reading.document(value(doc, fields.customerId()), value(doc, fields.orderId()),
                        value(doc, fields.date()), value(doc, fields.amount()),
                        fields.category().isBlank() ? null : value(doc, fields.category()));
            }
        }
        return reading.finish(name, "stream", consumer);
    }

    /** The value at a dotted path, or null when a step is missing or not a sub-document. */
    static @Nullable Object value(Document doc, String path) {
        Object current = doc;
        for (String step : path.split("\\.")) {
            if (!(current instanceof Document d)) {
                return null;
            }
            current = d.get(step);
        }
        return current;
    }

    private static double number(@Nullable Object raw) {
        return raw instanceof Number n ? n.doubleValue() : 0;
    }

    private static long count(@Nullable Object raw) {
        return raw instanceof Number n ? n.longValue() : 0;
    }

    /** The collection read. */
    MongoCollection<Document> collection() {
        return collection;
    }
}
