package io.segmentation;

import com.mongodb.client.MongoCollection;
import org.bson.Document;

/** Counts the orders kept in the {@code orderBuckets} collection (up to 500 orders per document). */
public final class StoredOrders {

    private StoredOrders() {
    }

    /** The number of stored orders of every upload, committed or not. */
    public static long count(MongoCollection<Document> orderBuckets) {
        long orders = 0;
        for (Document bucket : orderBuckets.find()) {
            orders += bucket.getList("orders", Document.class).size();
        }
        return orders;
    }
}
