package io.segmentation.ingestion;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.mongodb.client.gridfs.model.GridFSFile;
import io.segmentation.storage.StoreDurability;
import org.bson.types.ObjectId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.gridfs.GridFsTemplate;
import org.springframework.stereotype.Service;

/**
 * Rewrites the kept files of completed uploads without one customer's rows (an erasure). The rewritten file is
 * stored first, the upload record then points to it, and only then is the earlier file deleted; copies a crash left
 * behind are deleted by the next erasure. The record's {@code sha256} stays the hash of the bytes as uploaded: it is
 * the key that answers an identical re-upload with the existing report, so re-sending the original file does not
 * bring the erased customer back.
 */
@Service
public class KeptFiles {

    private static final Logger LOG = LoggerFactory.getLogger(KeptFiles.class);

    private final UploadStore uploads;
    private final GridFsTemplate files;
    private final IngestionSettings settings;
    private final StoreDurability durability;

    KeptFiles(UploadStore uploads, GridFsTemplate files, IngestionSettings settings, StoreDurability durability) {
        this.uploads = uploads;
        this.files = files;
        this.settings = settings;
        this.durability = durability;
    }

    /**
     * What {@link #eraseCustomer} removed.
     *
     * @param lines rows removed from kept files
     * @param files kept files rewritten
     */
    public record Erased(long lines, long files) {
    }

    /**
     * Removes the customer's rows (matched on the column the upload read customer ids from, {@code 12923.0} being
     * {@code 12923}) from every completed upload's kept file, and their removed-row entries from its report.
     */
    public Erased eraseCustomer(String customerId) {
        long lines = 0;
        long rewritten = 0;
        for (UploadDocument upload : uploads.withStatus(UploadDocument.Status.COMPLETED)) {
            deleteStaleCopies(upload);
            if (upload.fileId() == null || upload.report() == null || upload.report().columns() == null
                    || upload.report().columns().get("customerId") == null) {
                continue;
            }
            long removed = rewrite(upload, customerId);
            if (removed > 0) {
                lines += removed;
                rewritten++;
            }
        }
        return new Erased(lines, rewritten);
    }

    private long rewrite(UploadDocument upload, String customerId) {
        GridFSFile kept = files.findOne(Query.query(Criteria.where("_id").is(new ObjectId(upload.fileId()))));
        if (kept == null) {
            return 0;
        }
        Path original = null;
        Path copy = null;
        try {
            original = Files.createTempFile("segmentation-erasure-", ".bin");
            copy = Files.createTempFile("segmentation-erasure-", ".bin");
            try (InputStream in = files.getResource(kept).getInputStream()) {
                Files.copy(in, original, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            boolean xlsx = "xlsx".equals(upload.report().format());
            Set<Long> removedLines = new HashSet<>();
            TableRewriter.rewrite(original, copy, xlsx, upload.report().columns().get("customerId"), customerId,
                    settings.readLimits(), removedLines);
            if (removedLines.isEmpty()) {
                return 0;
            }
            String newId;
            try (InputStream in = Files.newInputStream(copy)) {
                newId = files.store(in, kept.getFilename(), xlsx
                        ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "text/csv",
                        new org.bson.Document("uploadId", upload.id())).toHexString();
            }
            UploadReport report = upload.report();
            List<io.segmentation.cleaning.RowError> errors = new ArrayList<>(report.errors());
            errors.removeIf(e -> removedLines.contains(e.line()));
            report = new UploadReport(report.id(), report.fileName(), report.sha256(), report.sizeBytes(),
                    report.format(), report.layout(), report.currency(), report.receivedAt(), report.rows(),
                    report.rejectedByReason(), List.copyOf(errors), report.orders(), report.customers(), report.run(),
                    report.columns(), report.rules(), report.notes())
                    .withNote(removedLines.size() + " rows were removed from the kept file by an erasure; sha256 stays"
                            + " the hash of the file as uploaded, and the counts are those of the first reading.");
            uploads.save(new UploadDocument(upload.id(), upload.sha256(), upload.status(), upload.receivedAt(), newId,
                    report, upload.instructions(), upload.batchId(), upload.demo()));
            durability.commit();
            files.delete(Query.query(Criteria.where("_id").is(kept.getObjectId())));
            durability.commit();
            LOG.info("Kept file of upload {} rewritten without {} rows (an erasure)", upload.id(), removedLines.size());
            return removedLines.size();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteQuietly(original);
            deleteQuietly(copy);
        }
    }

    /** Deletes kept files tagged with the upload that its record does not point to (left by an erasure cut short). */
    private void deleteStaleCopies(UploadDocument upload) {
        if (upload.fileId() == null) {
            return;
        }
        files.delete(Query.query(Criteria.where("metadata.uploadId").is(upload.id())
                .and("_id").ne(new ObjectId(upload.fileId()))));
    }

    private static void deleteQuietly(Path path) {
        if (path != null) {
            try {
                Files.deleteIfExists(path);
            } catch (IOException e) {
                LOG.debug("Temporary file {} not deleted: {}", path, e.toString());
            }
        }
    }
}
