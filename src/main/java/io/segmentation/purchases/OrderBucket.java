package io.segmentation.purchases;

import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Up to {@link #CAPACITY} orders of one upload (batch), stored as one document of the {@code orderBuckets}
 * collection with the id {@code <batchId>:<index>}, indexes 0, 1, 2, ... without gaps. A run reads a batch bucket by
 * bucket, by id: neither the service nor the embedded store (which materialises a whole query result) ever holds
 * more than one bucket of stored documents, and a read by id is an index lookup in every MongoDB.
 *
 * @param id      {@code <batchId>:<index>}
 * @param batchId the upload the orders came from
 * @param index   position of the bucket within the batch, from 0
 * @param orders  1 to {@link #CAPACITY} orders, in the order the upload produced them
 */
@Document("orderBuckets")
record OrderBucket(@Id String id, String batchId, int index, List<OrderDocument> orders) {

    /** Orders per bucket: about 100 KB of BSON, far below MongoDB's 16 MB document limit. */
    static final int CAPACITY = 500;

    static String id(String batchId, int index) {
        return batchId + ":" + index;
    }

    static OrderBucket of(String batchId, int index, List<OrderDocument> orders) {
        return new OrderBucket(id(batchId, index), batchId, index, List.copyOf(orders));
    }
}
