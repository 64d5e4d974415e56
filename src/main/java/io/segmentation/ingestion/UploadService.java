package io.segmentation.ingestion;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import io.segmentation.purchases.OrderStore;
import io.segmentation.storage.MongoStartup;
import io.segmentation.storage.StoreDurability;
import io.segmentation.web.ListPage;
import io.segmentation.web.PageRequest;
import org.bson.types.ObjectId;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.AsyncTaskExecutor;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.gridfs.GridFsTemplate;
import org.springframework.stereotype.Service;

/**
 * Takes an uploaded purchase file: keeps it (GridFS) with its SHA-256, reads and cleans it, stores its orders, and
 * commits the upload only when everything is written; then runs the segmentation. Any failure before the commit
 * removes what the upload wrote, so a failed upload leaves no orders behind.
 */
@Service
public class UploadService {

    private static final Logger LOG = LoggerFactory.getLogger(UploadService.class);

    private final UploadStore uploads;
    private final OrderStore orders;
    private final GridFsTemplate files;
    private final RunTrigger runs;
    private final StoreDurability durability;
    private final Clock clock;
    private final PurchaseFileReader reader;
    private final IngestionSettings settings;
    private final MongoStartup startup;
    private final AsyncTaskExecutor executor;
    private final UploadJobs jobs;
    private final org.springframework.core.task.SimpleAsyncTaskExecutor background =
            new org.springframework.core.task.SimpleAsyncTaskExecutor("upload-");

    UploadService(UploadStore uploads, OrderStore orders, GridFsTemplate files, RunTrigger runs,
                  StoreDurability durability, Clock clock, IngestionSettings settings, MongoStartup startup,
                  @Qualifier("applicationTaskExecutor") AsyncTaskExecutor executor, UploadJobs jobs) {
        this.jobs = jobs;
        this.startup = startup;
        this.executor = executor;
        this.uploads = uploads;
        this.orders = orders;
        this.files = files;
        this.runs = runs;
        this.durability = durability;
        this.clock = clock;
        this.settings = settings;
        this.reader = new PurchaseFileReader(clock, settings.maxErrors(), settings.readLimits());
    }

    /** The default of the {@code removeOutliers} upload parameter. */
    public boolean removeOutliersByDefault() {
        return settings.removeOutliers();
    }

    /** The ingestion settings: defaults of the upload parameters. */
    IngestionSettings settings() {
        return settings;
    }

    /**
     * Ingests one file.
     *
     * @param content  the bytes, read once
     * @param fileName the name the client gave (used for the format when it has a known extension)
     * @return the report, with {@code created = false} when the same bytes were uploaded before
     * @throws EmptyFileException, UnreadableFileException, UnsupportedFormatException, MissingColumnsException,
     *         NoUsableRowsException (4xx; nothing stored) and UploadInProgressException (409)
     */
    public UploadResult upload(InputStream content, @Nullable String fileName, UploadOptions options) throws IOException {
        return upload(content, fileName, options, false);
    }

    /**
     * Uploads the generated demo data set, marked as such: the first other upload that is stored removes it (and the
     * run after that trains a fresh default model), so demo data never changes a real customer's figures.
     */
    public UploadResult uploadDemo(InputStream content, String fileName) throws IOException {
        return upload(content, fileName, UploadOptions.defaults(), true);
    }

    private UploadResult upload(InputStream content, @Nullable String fileName, UploadOptions options, boolean demo)
            throws IOException {
        return (UploadResult) intake(content, fileName, options, demo, false); // why: in the foreground, always one
    }

    /**
     * Ingests one file in the background ({@code Prefer: respond-async}): the bytes are received, hashed and checked
     * (empty file, format) before this returns, the rest (parsing, storing, the run) follows on its own thread, and
     * {@link #progress(String)} tells how far it has got. Known bytes (read again under other instructions too) are
     * answered at once, as by {@link #upload(InputStream, String, UploadOptions)}.
     *
     * @return the upload's progress (the 202), or the result of known bytes
     * @throws EmptyFileException, UnsupportedFormatException (4xx; nothing stored) and UploadInProgressException (409)
     */
    public Object uploadAsync(InputStream content, @Nullable String fileName, UploadOptions options) throws IOException {
        return intake(content, fileName, options, false, true);
    }

    /**
     * Spools and hashes the bytes, answers known bytes (stored, or to read again under other instructions), else
     * records the upload and ingests it, here or on a thread of its own.
     *
     * @return the {@link UploadResult}, or with {@code inBackground} for new bytes their {@link UploadProgress}
     */
    private Object intake(InputStream content, @Nullable String fileName, UploadOptions options, boolean demo,
                          boolean inBackground) throws IOException {
        String name = safeName(fileName);
        // why: without the unique sha256 index and the recovery of cut-short uploads, a write could store a file twice
        startup.requireDone();
        SpooledFile spooled = spool(content);
        boolean handedOver = false;
        try {
            var known = uploads.findBySha256(spooled.sha256());
            String format = FileFormat.of(options.format(), name, spooled.path());
            if (known.isPresent()) {
                return known.get().instructionsOrDefaults().equals(options.instructions()) ? existing(known.get())
                        : reread(known.get(), spooled.path(), name, format, options);
            }
            String id = begin(spooled.sha256());
            if (id == null) {
                return existing(uploads.findBySha256(spooled.sha256()).orElseThrow());
            }
            UploadJob job = jobs.start(id, name, spooled.size());
            if (!inBackground) {
                return ingest(id, job, spooled.path(), name, spooled.sha256(), spooled.size(), format, options, demo);
            }
            background.execute(() -> {
                try (spooled) {
                    ingest(id, job, spooled.path(), name, spooled.sha256(), spooled.size(), format, options, demo);
                } catch (IOException | RuntimeException | OutOfMemoryError e) {
                    LOG.warn("Upload {} failed in the background: {}", id, e.toString());
                }
            });
            handedOver = true;
            return job.progress();
        } finally {
            if (!handedOver) {
                spooled.close();
            }
        }
    }

    /** How far an upload being processed (or failed within the last hour) in this instance has got, if it is one. */
    public java.util.Optional<UploadProgress> progress(String id) {
        return jobs.find(id).filter(job -> job.status() != UploadJob.Status.COMPLETED).map(UploadJob::progress);
    }

    private static SpooledFile spool(InputStream content) throws IOException {
        SpooledFile spooled = SpooledFile.of(content, "segmentation-upload-", ".bin");
        if (spooled.size() == 0) {
            spooled.close();
            throw new EmptyFileException("The file is empty: upload a CSV or XLSX file with a header row and purchase rows.");
        }
        return spooled;
    }

    /** Records a new upload PROCESSING and answers its id; null when the same bytes were recorded meanwhile. */
    private @Nullable String begin(String hash) {
        String id = new ObjectId().toHexString();
        try {
            uploads.insert(new UploadDocument(id, hash, UploadDocument.Status.PROCESSING, clock.instant(), null, null));
            return id;
        } catch (DuplicateKeyException e) {
            return null;
        }
    }

    private UploadResult existing(UploadDocument upload) {
        if (upload.status() != UploadDocument.Status.COMPLETED || upload.report() == null) {
            throw new UploadInProgressException(upload.id());
        }
        LOG.info("Upload of known bytes answered with upload {}", upload.id());
        return new UploadResult(upload.report(), false);
    }

    private UploadResult ingest(String id, UploadJob job, Path file, String name, String hash, long size, String format,
                                UploadOptions options, boolean demo) throws IOException {
        try {
            UploadResult result = ingest(id, job::parsed, job, file, name, hash, size, format, options, demo);
            job.completed();
            return result;
        } catch (IOException | RuntimeException | OutOfMemoryError e) {
            job.failed(e);
            throw e;
        }
    }

    private UploadResult ingest(String id, PurchaseFileReader.ReadProgress progress, UploadJob job, Path file,
                                String name, String hash, long size, String format, UploadOptions options,
                                boolean demo) throws IOException {
        long started = System.nanoTime();
        Map<String, Long> phases = new LinkedHashMap<>();
        UploadReport report;
        UploadDocument completed;
        // why: keeping the file (a write of its whole size) runs on the second core while this one parses it
        CompletableFuture<String> kept = CompletableFuture.supplyAsync(() -> keep(file, name, format, id), executor);
        try {
            ParsedFile parsed = reader.read(file, format, options, progress);
            long t = phase(phases, "read", started);
            job.parsed(parsed.cleaning().read(), size);
            job.phase("storing");
            String fileId = joined(kept);
            t = phase(phases, "keepFile", t); // why: only the wait left once the read is done; the write overlaps it
            orders.insert(id, parsed.orders());
            t = phase(phases, "orders", t);
            orders.insertProducts(id, parsed.products());
            t = phase(phases, "productSales", t);
            report = report(id, name, hash, size, parsed, parsed.notes());
            completed = uploads.save(new UploadDocument(id, hash, UploadDocument.Status.COMPLETED, report.receivedAt(),
                    fileId, report, options.instructions(), null, demo ? Boolean.TRUE : null));
            durability.commit();
            phase(phases, "commit", t);
        } catch (IOException | RuntimeException e) {
            abandon(id, kept);
            throw e;
        } catch (OutOfMemoryError e) {
            // why: the parsed orders are unreachable once the stack has unwound to here, so the clean-up has room
            String stored = abandon(id, kept) ? "nothing of it was stored"
                    : "what was written of it is never read by a run and is removed at the next start";
            throw new UploadLimitException("-Xmx", "The file's orders did not fit in the service's heap ("
                    + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MiB); " + stored + ". Split it into"
                    + " smaller uploads (for example one per month) or give the service a larger heap (-Xmx).", e);
        }
        LOG.info("Upload {} stored: {} rows read, {} accepted, {} orders, {} customers in {} ms, phases {} ms", id,
                report.rows().read(), report.rows().accepted(), report.orders(), report.customers(),
                (System.nanoTime() - started) / 1_000_000, phases);
        boolean demoRemoved = !demo && removeDemoData(id);
        if (demoRemoved) {
            report = report.withNote("The demo data set was removed: demo data never mixes with real data, and this"
                    + " upload's run trained a new default cluster model on the real customers.");
        }
        job.phase("running");
        report = report.withRun(runs.runAfter("upload:" + id, demoRemoved));
        uploads.save(new UploadDocument(id, hash, completed.status(), completed.receivedAt(), completed.fileId(), report,
                completed.instructions(), null, completed.demo()));
        durability.commit();
        return new UploadResult(report, true);
    }

    /** Records the milliseconds since {@code startNanos} under {@code name}; answers now, the next phase's start. */
    private static long phase(Map<String, Long> phases, String name, long startNanos) {
        long now = System.nanoTime();
        phases.put(name, (now - startNanos) / 1_000_000);
        return now;
    }

    /** The report of a file read now, before its run. */
    private UploadReport report(String id, String name, String sha256, long size, ParsedFile parsed,
                                List<String> notes) {
        var cleaning = parsed.cleaning();
        return new UploadReport(id, name, sha256, size, parsed.format(), parsed.layout(), parsed.currency(),
                clock.instant(), new UploadReport.Rows(cleaning.read(), cleaning.accepted(), cleaning.rejected()),
                cleaning.rejectedByReason(), cleaning.errors(), parsed.orders().size(), parsed.customers(), null,
                parsed.columns(), parsed.rules(), notes);
    }

    /** Removes the demo data set's uploads (record first, then orders and kept file); true when there were any. */
    private boolean removeDemoData(String byUpload) {
        List<UploadDocument> demo = uploads.demo();
        for (UploadDocument upload : demo) {
            uploads.delete(upload.id());
            orders.deleteBatch(upload.batch());
            files.delete(keptFileOf(upload.id()));
            LOG.info("Demo upload {} removed by the first real upload {}", upload.id(), byUpload);
        }
        if (!demo.isEmpty()) {
            durability.commit();
        }
        return !demo.isEmpty();
    }

    /**
     * Reads known bytes again under other instructions (a dateFormat that fixes misread dates, another column
     * mapping, a rule switched off): the new orders are written under a new batch id while the earlier reading stays
     * live, then one write of the upload record switches to them and the earlier orders are removed. A failure before
     * the switch removes the new orders and leaves the earlier reading as it was.
     */
    private synchronized UploadResult reread(UploadDocument known, Path file, String name, String format,
                                             UploadOptions options) throws IOException {
        UploadDocument current = uploads.find(known.id()).orElseThrow(() -> new UploadInProgressException(known.id()));
        if (current.status() != UploadDocument.Status.COMPLETED || current.report() == null) {
            throw new UploadInProgressException(current.id());
        }
        if (current.instructionsOrDefaults().equals(options.instructions())) {
            return existing(current); // why: a concurrent request with the same instructions got here first
        }
        String batch = new ObjectId().toHexString();
        UploadReport report;
        try {
            ParsedFile parsed = reader.read(file, format, options);
            orders.insert(batch, parsed.orders());
            orders.insertProducts(batch, parsed.products());
            java.util.List<String> notes = new java.util.ArrayList<>(parsed.notes());
            notes.add("Read again with other instructions (" + (options.instructions().isEmpty() ? "the defaults"
                    : options.instructions()) + "); replaces the reading of " + current.report().receivedAt()
                    + " (" + (current.instructionsOrDefaults().isEmpty() ? "the defaults"
                    : current.instructionsOrDefaults()) + ") of the same bytes.");
            report = report(current.id(), name, current.sha256(), current.report().sizeBytes(), parsed,
                    List.copyOf(notes));
            uploads.save(new UploadDocument(current.id(), current.sha256(), UploadDocument.Status.COMPLETED,
                    current.receivedAt(), current.fileId(), report, options.instructions(), batch));
            durability.commit();
        } catch (IOException | RuntimeException e) {
            orders.deleteBatch(batch);
            throw e;
        }
        orders.deleteBatch(current.batch());
        durability.commit();
        LOG.info("Upload {} read again under other instructions: {} orders replace {}", current.id(), report.orders(),
                current.report().orders());
        report = report.withRun(runs.runAfter("upload:" + current.id()));
        uploads.save(new UploadDocument(current.id(), current.sha256(), UploadDocument.Status.COMPLETED,
                current.receivedAt(), current.fileId(), report, options.instructions(), batch));
        durability.commit();
        return new UploadResult(report, false);
    }

    /** Stores the uploaded bytes in GridFS, tagged with the upload id; returns the GridFS id. */
    private String keep(Path file, String name, String format, String uploadId) {
        try (InputStream in = Files.newInputStream(file)) {
            return files.store(in, name, format.equals("xlsx")
                    ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "text/csv",
                    new org.bson.Document("uploadId", uploadId)).toHexString();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The result of a background step, its own exception rethrown as it was thrown there. */
    private static String joined(CompletableFuture<String> step) throws IOException {
        try {
            return step.join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof java.io.UncheckedIOException io) {
                throw io.getCause();
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw e;
        }
    }

    /**
     * Waits for the kept file's write to end (it must exist before it can be deleted), then discards the upload;
     * returns whether everything it wrote is gone.
     */
    private boolean abandon(String id, CompletableFuture<String> kept) {
        kept.handle((fileId, failure) -> fileId).join();
        return discard(id);
    }

    /**
     * Removes everything an unfinished upload wrote: orders, kept file (tagged with the upload id), record. Returns
     * false when MongoDB failed meanwhile: the upload then stays PROCESSING, unseen by runs, until the next start.
     */
    boolean discard(String id) {
        try {
            orders.deleteBatch(id);
            files.delete(keptFileOf(id));
            uploads.delete(id);
            durability.commit();
            return true;
        } catch (RuntimeException cleanup) {
            LOG.error("Upload {} could not be cleaned up ({}); it stays PROCESSING and is removed at the next start",
                    id, cleanup.toString());
            return false;
        }
    }

    /**
     * Removes an upload: its orders, its kept file and its record, then runs so the published results no longer
     * count it. Throws {@link UnknownUploadException} when no completed upload has the id.
     *
     * @return the run that followed, or null when it could not run
     */
    public UploadReport.@Nullable RunReference delete(String id) {
        startup.requireDone();
        UploadDocument upload = uploads.find(id).filter(u -> u.status() == UploadDocument.Status.COMPLETED)
                .orElseThrow(() -> new UnknownUploadException(id));
        // why: the record goes first, so no run reads the orders while they are being deleted
        uploads.delete(id);
        orders.deleteBatch(upload.batch());
        files.delete(keptFileOf(id));
        durability.commit();
        LOG.info("Upload {} deleted with {} orders", id, upload.report() == null ? 0 : upload.report().orders());
        return runs.runAfter("delete-upload:" + id);
    }

    private static Query keptFileOf(String uploadId) {
        return Query.query(Criteria.where("metadata.uploadId").is(uploadId));
    }

    public UploadReport get(String id) {
        return uploads.find(id).map(UploadDocument::report).orElseThrow(() -> new UnknownUploadException(id));
    }

    /** Completed uploads' reports, newest first. */
    public ListPage<UploadReport> page(PageRequest request) {
        return uploads.page(request).map(UploadDocument::report);
    }

    /** Removes uploads left PROCESSING by a stopped service, with their orders and files. */
    void recoverUnfinished() {
        for (UploadDocument upload : uploads.withStatus(UploadDocument.Status.PROCESSING)) {
            LOG.warn("Upload {} was cut short by a shutdown; removing its partial orders", upload.id());
            discard(upload.id());
        }
    }

    /** The last path segment of the client's file name, without control characters, at most 200 characters. */
    static String safeName(@Nullable String fileName) {
        if (fileName == null || fileName.isBlank()) {
            return "upload";
        }
        String name = fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}]", "").trim();
        if (name.isEmpty() || name.equals("..") || name.equals(".")) {
            return "upload";
        }
        return name.length() <= 200 ? name : name.substring(0, 200);
    }
}
