package io.segmentation.ingestion;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An upload as stored in {@code uploads}: PROCESSING while its orders are written, COMPLETED once they all are.
 * Only COMPLETED uploads' orders are read by runs.
 *
 * @param fileId GridFS id of the kept file
 */
@Document("uploads")
record UploadDocument(@Id String id, @Indexed(unique = true) String sha256, Status status, Instant receivedAt,
                      @Nullable String fileId, @Nullable UploadReport report) {

    enum Status { PROCESSING, COMPLETED }
}
