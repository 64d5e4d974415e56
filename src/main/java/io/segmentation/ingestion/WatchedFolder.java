package io.segmentation.ingestion;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import io.segmentation.storage.MongoStartup;
import io.segmentation.web.ServiceException;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

/**
 * Uploads the {@code *.csv} and {@code *.xlsx} files dropped into {@code segmentation.ingestion.watch-dir} with the
 * rules of {@code POST /uploads}, then moves each to {@code done/} (with its report, {@code <name>.report.json}) or
 * {@code failed/} (with the problem). A file is read only once its size and modification time are unchanged between
 * two consecutive looks, so a file still being written is never read; other names ({@code .part}, {@code .tmp},
 * hidden files) are left alone, so a writer may also write under such a name and rename when done. A failure that is
 * not the file's fault (MongoDB unreachable) leaves the file where it is for the next look.
 */
@Component
class WatchedFolder {

    private static final Logger LOG = LoggerFactory.getLogger(WatchedFolder.class);

    private final WatchFolderSettings settings;
    private final UploadService uploads;
    private final MongoStartup startup;
    private final ObjectMapper json;
    private final Clock clock;
    private final Map<Path, String> lastSeen = new HashMap<>();
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "watch-dir");
        thread.setDaemon(true);
        return thread;
    });

    WatchedFolder(WatchFolderSettings settings, UploadService uploads, MongoStartup startup, ObjectMapper json,
                  Clock clock) {
        this.settings = settings;
        this.uploads = uploads;
        this.startup = startup;
        this.json = json;
        this.clock = clock;
    }

    @PostConstruct
    void start() throws IOException {
        Path dir = settings.watchDir();
        if (dir == null) {
            return;
        }
        Files.createDirectories(dir.resolve("done"));
        Files.createDirectories(dir.resolve("failed"));
        long every = Math.max(50, settings.watchInterval().toMillis());
        executor.scheduleWithFixedDelay(this::lookQuietly, every, every, TimeUnit.MILLISECONDS);
        LOG.info("Watching {} for purchase files every {} ms", dir, every);
    }

    private void lookQuietly() {
        try {
            if (startup.isDone()) {
                look();
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("Watched folder {} not read: {}", settings.watchDir(), e.toString());
        }
    }

    /** One look: uploads the files that were already there, unchanged, at the previous look. */
    void look() throws IOException {
        Map<Path, String> seen = new LinkedHashMap<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(settings.watchDir(), WatchedFolder::isPurchaseFile)) {
            for (Path file : files) {
                BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
                if (attributes.isRegularFile()) {
                    seen.put(file, attributes.size() + "@" + attributes.lastModifiedTime().toMillis());
                }
            }
        }
        for (Map.Entry<Path, String> file : seen.entrySet()) {
            if (file.getValue().equals(lastSeen.get(file.getKey()))) {
                process(file.getKey());
            }
        }
        lastSeen.clear();
        lastSeen.putAll(seen);
    }

    private static boolean isPurchaseFile(Path path) {
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        return !name.startsWith(".") && (name.endsWith(".csv") || name.endsWith(".xlsx"));
    }

    private void process(Path file) throws IOException {
        String name = file.getFileName().toString();
        Object report;
        String outcome;
        try (InputStream in = Files.newInputStream(file)) {
            UploadResult result = uploads.upload(in, name, UploadOptions.defaults());
            report = result.report();
            outcome = "done";
            LOG.info("Watched file {} uploaded as {} ({})", name, result.report().id(),
                    result.created() ? "new" : "known bytes");
        } catch (ServiceException e) {
            if (e instanceof UploadInProgressException) {
                return; // why: the same bytes are being stored right now; the next look answers their report
            }
            Map<String, Object> problem = new LinkedHashMap<>();
            problem.put("type", "urn:segmentation:problem:" + e.problemType().slug());
            problem.put("title", e.problemType().title());
            problem.put("status", e.problemType().status());
            problem.put("detail", e.getMessage());
            problem.putAll(e.properties());
            report = problem;
            outcome = e.problemType().status() < 500 ? "failed" : null;
            if (outcome == null) {
                LOG.warn("Watched file {} not uploaded, tried again later: {}", name, e.getMessage());
                return;
            }
            LOG.info("Watched file {} refused: {}", name, e.getMessage());
        }
        Path target = free(settings.watchDir().resolve(outcome), name);
        Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
        // why: written under another name and renamed, so a reader of done/ never sees half a report
        Path written = target.resolveSibling("." + target.getFileName() + ".report.json.tmp");
        json.writeValue(written.toFile(), report);
        Files.move(written, target.resolveSibling(target.getFileName() + ".report.json"), StandardCopyOption.ATOMIC_MOVE);
    }

    /** {@code name} in {@code dir}, or {@code <epoch millis>-name} when a file of that name is already there. */
    private Path free(Path dir, String name) {
        Path target = dir.resolve(name);
        return Files.exists(target) ? dir.resolve(clock.millis() + "-" + name) : target;
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
