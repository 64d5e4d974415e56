package io.segmentation.erasure;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The audit record of one erasure in {@code erasures}: when it happened, the counts and the run that followed, and
 * nothing that identifies the customer (no id, no hash of it).
 *
 * @param id         a random id
 * @param erasedAt   when the data was removed
 * @param removed    the counts
 * @param runId      the run that followed, or null when it could not start
 */
@Document("erasures")
record ErasureRecord(@Id String id, Instant erasedAt, ErasureCounts removed, @Nullable String runId) {
}
