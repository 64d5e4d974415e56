package io.segmentation.ingestion;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An upload as stored in {@code uploads}: PROCESSING while its orders are written, COMPLETED once they all are.
 * Only COMPLETED uploads' orders are read by runs.
 *
 * @param fileId       GridFS id of the kept file
 * @param instructions how the file was read ({@link UploadOptions#instructions()}); null for uploads stored before
 *                     it was recorded, which were read with the defaults
 * @param batchId      the id the upload's orders are stored under; null: the upload's own id. A re-read under other
 *                     instructions writes its orders under a new batch id, then switches to it in one write
 * @param demo         true for the generated demo data set, which the first other upload removes
 */
@Document("uploads")
record UploadDocument(@Id String id, @Indexed(unique = true) String sha256, Status status, Instant receivedAt,
                      @Nullable String fileId, @Nullable UploadReport report, @Nullable String instructions,
                      @Nullable String batchId, @Nullable Boolean demo) {

    // why: with two constructors Spring Data needs to be told which one reads a stored document
    @PersistenceCreator
    UploadDocument {
    }

    UploadDocument(String id, String sha256, Status status, Instant receivedAt, @Nullable String fileId,
                   @Nullable UploadReport report) {
        this(id, sha256, status, receivedAt, fileId, report, null, null, null);
    }

    UploadDocument(String id, String sha256, Status status, Instant receivedAt, @Nullable String fileId,
                   @Nullable UploadReport report, @Nullable String instructions, @Nullable String batchId) {
        this(id, sha256, status, receivedAt, fileId, report, instructions, batchId, null);
    }

    boolean isDemo() {
        return Boolean.TRUE.equals(demo);
    }

    /** The id the orders are stored under. */
    String batch() {
        return batchId != null ? batchId : id;
    }

    /** The reading instructions, the defaults' empty text when none were recorded. */
    String instructionsOrDefaults() {
        return instructions != null ? instructions : "";
    }

    enum Status { PROCESSING, COMPLETED }
}
