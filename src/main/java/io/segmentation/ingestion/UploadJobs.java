package io.segmentation.ingestion;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * The uploads being processed in this instance, and those that ended in the last hour: what {@code GET
 * /uploads/{id}} answers before the report is stored (or, for a failed upload, instead of it).
 */
@Component
class UploadJobs {

    private static final Duration KEEP_ENDED = Duration.ofHours(1);

    private final Map<String, UploadJob> jobs = new ConcurrentHashMap<>();
    private final Clock clock;

    UploadJobs(Clock clock) {
        this.clock = clock;
    }

    /** Tracks a new upload from the start of its parsing. */
    UploadJob start(String id, String fileName, long bytesTotal) {
        jobs.values().removeIf(job -> job.endedBefore(clock.instant(), KEEP_ENDED));
        UploadJob job = new UploadJob(id, fileName, bytesTotal, clock);
        jobs.put(id, job);
        return job;
    }

    Optional<UploadJob> find(String id) {
        return Optional.ofNullable(jobs.get(id));
    }
}
