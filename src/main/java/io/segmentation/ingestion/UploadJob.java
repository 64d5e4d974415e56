package io.segmentation.ingestion;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import io.segmentation.web.ProblemType;
import io.segmentation.web.ServiceException;
import org.jspecify.annotations.Nullable;

/**
 * The progress of one upload while it is processed, written by the thread processing it and read by requests;
 * forgotten an hour after it ends (the stored report, or for a failure nothing, remains).
 */
final class UploadJob {

    enum Status { PROCESSING, COMPLETED, FAILED }

    private final String id;
    private final String fileName;
    private final long bytesTotal;
    private final Instant startedAt;
    private final Clock clock;
    private volatile Status status = Status.PROCESSING;
    private volatile String phase = "parsing";
    private volatile long bytesDone;
    private volatile long rowsDone;
    private volatile @Nullable Map<String, Object> problem;
    private volatile @Nullable Instant endedAt;

    UploadJob(String id, String fileName, long bytesTotal, Clock clock) {
        this.id = id;
        this.fileName = fileName;
        this.bytesTotal = bytesTotal;
        this.clock = clock;
        this.startedAt = clock.instant();
    }

    /** Rows and bytes parsed so far; {@code bytes} is negative when the reader cannot tell. */
    void parsed(long rows, long bytes) {
        rowsDone = rows;
        if (bytes >= 0) {
            bytesDone = Math.min(bytes, bytesTotal);
        }
    }

    void phase(String name) {
        phase = name;
    }

    void completed() {
        status = Status.COMPLETED;
        phase = "done";
        endedAt = clock.instant();
    }

    /** Records why the upload failed, as the problem a synchronous upload would have answered. */
    void failed(Throwable error) {
        Map<String, Object> p = new LinkedHashMap<>();
        if (error instanceof ServiceException e) {
            p.put("type", e.problemType().uri().toString());
            p.put("title", e.problemType().title());
            p.put("status", e.problemType().status());
            p.put("detail", e.getMessage());
            p.putAll(e.properties());
        } else if (error instanceof IllegalArgumentException e) {
            p.put("type", ProblemType.uriOf("invalid-parameter").toString());
            p.put("title", "Invalid parameter");
            p.put("status", 400);
            p.put("detail", e.getMessage());
        } else {
            p.put("type", ProblemType.uriOf("internal-error").toString());
            p.put("title", "Internal error");
            p.put("status", 500);
            p.put("detail", "The upload failed unexpectedly; nothing of it was kept. The log has the details.");
        }
        problem = Map.copyOf(p);
        status = Status.FAILED;
        endedAt = clock.instant();
    }

    Status status() {
        return status;
    }

    /** True when the job ended more than {@code keep} ago. */
    boolean endedBefore(Instant now, Duration keep) {
        Instant ended = endedAt;
        return ended != null && ended.plus(keep).isBefore(now);
    }

    UploadProgress progress() {
        String current = phase;
        double fraction = switch (current) {
            case "parsing" -> bytesTotal == 0 ? 0 : 0.8 * bytesDone / bytesTotal;
            case "storing" -> 0.8;
            case "running" -> 0.9;
            default -> 1.0;
        };
        double elapsed = Duration.between(startedAt, clock.instant()).toMillis() / 1000.0;
        Long eta = fraction >= 0.01 && fraction < 1 ? Math.round(elapsed * (1 - fraction) / fraction) : null;
        return new UploadProgress(id, status.name(), current, fileName, bytesTotal, bytesDone, rowsDone,
                Math.round(fraction * 1000) / 10.0, status == Status.PROCESSING ? eta : null, startedAt, elapsed,
                problem);
    }
}
