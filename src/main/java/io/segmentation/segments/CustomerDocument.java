package io.segmentation.segments;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A customer profile as stored in {@code customers}: one document per customer and run, id {@code runId:customerId}. */
@Document("customers")
record CustomerDocument(@Id String id, String runId, CustomerProfile profile) {

    static String id(String runId, String customerId) {
        return runId + ":" + customerId;
    }
}
