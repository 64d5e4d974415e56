package io.segmentation.purchases;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * MongoDB collections of purchases that every run reads besides the uploads ({@code segmentation.sources[i].*}).
 *
 * @param sources the collections, read in this order; empty by default
 */
@ConfigurationProperties("segmentation")
record MongoSourceSettings(@DefaultValue List<Source> sources) {

    /**
     * One collection of purchase documents (one document per order or per order line).
     *
     * @param name       label in run records; default {@code database.collection}
     * @param uri        connection string; null = the service's own MongoDB
     * @param database   database; null = the URI's database, else the service's database
     * @param collection collection name, required
     * @param fields     dotted paths of the canonical fields in a document
     * @param read       {@code auto} (aggregate in MongoDB, stream when the server cannot), {@code aggregate}
     *                   or {@code stream}
     * @param watch      watch the collection with a change stream (needs a replica set or sharded cluster) and start
     *                   a run after its changes, debounced by {@code segmentation.runs.source-debounce}
     */
    record Source(@Nullable String name, @Nullable String uri, @Nullable String database, String collection,
                  @DefaultValue Fields fields, @DefaultValue("auto") ReadMode read,
                  @DefaultValue("false") boolean watch) {

        String label(String defaultDatabase) {
            if (name != null && !name.isBlank()) {
                return name;
            }
            return (database != null && !database.isBlank() ? database : defaultDatabase) + "." + collection;
        }
    }

    /**
     * Dotted paths of the canonical fields; the defaults are the seed layout.
     *
     * @param customerId customer id (string or number)
     * @param orderId    order id (string or number); documents of one order are summed
     * @param date       BSON date or ISO-8601 string (local values in {@code segmentation.zone})
     * @param amount     amount in the data's currency, number or numeric string, > 0
     * @param category   product category; blank = the data has none
     */
    record Fields(@DefaultValue("customer.id") String customerId, @DefaultValue("order_id") String orderId,
                  @DefaultValue("date") String date, @DefaultValue("total_amount_lkr") String amount,
                  @DefaultValue("product.category") String category) {
    }

    /** How a source is read. */
    enum ReadMode {
        /** Aggregate in MongoDB; fall back to streaming when the server rejects the pipeline. */
        AUTO,
        /** Aggregate in MongoDB only; a server that cannot fails the run. */
        AGGREGATE,
        /** Stream the documents with a projection and sum in the service. */
        STREAM
    }
}
