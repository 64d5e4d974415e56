package io.segmentation.runs;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import io.segmentation.segments.Publication;
import io.segmentation.segments.ResultStore;
import io.segmentation.segments.ResultWriter;
import io.segmentation.segments.SegmentHistory;
import io.segmentation.segments.SegmentMigrations;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The last steps of a run: carry each customer's segment history forward, store the run's customers and segments,
 * switch the publication to them in one write, then tidy up (old runs' results, score edges, migration matrix).
 */
@Component
class RunPublisher {

    private final ResultStore results;
    private final ResultWriter writer;
    private final SegmentHistory history;
    private final SegmentMigrations migrations;
    private final ClusterAssignment clusters;
    private final Clock clock;

    RunPublisher(ResultStore results, ResultWriter writer, SegmentHistory history,
                 SegmentMigrations migrations, ClusterAssignment clusters, Clock clock) {
        this.migrations = migrations;
        this.results = results;
        this.writer = writer;
        this.history = history;
        this.clusters = clusters;
        this.clock = clock;
    }

    /** A run's results with their histories carried forward, ready to store. */
    record Prepared(String runId, SegmentationPipeline.Result result, SegmentHistory.Carried carried,
                    @Nullable String previousRunId, @Nullable String currency) {
    }

    Prepared carryHistory(String runId, SegmentationPipeline.Result result, @Nullable String currency) {
        Optional<Publication> published = results.current();
        String previous = published.map(Publication::runId).orElse(null);
        SegmentHistory.Carried carried = history.carry(previous, published.map(Publication::asOf).orElse(null), runId,
                result.asOf(), result.customers());
        return new Prepared(runId, result, carried, previous, currency);
    }

    /** Writes the customers and segments under the run's id; nothing reads them until {@link #publish}. */
    void store(Prepared run) {
        writer.saveCustomers(run.runId(), run.carried().customers());
        writer.saveSegments(run.runId(), run.result().segments());
    }

    /** Makes the stored run the published one, in one write: readers see the previous run or this one. */
    void publish(Prepared run) {
        writer.publish(Publication.of(run.runId(), run.result().asOf(), run.result().customers().size(),
                clock.instant(), run.currency()));
    }

    /** After publishing: removes older runs' results, switches the score edges and keeps the migration matrix. */
    void afterPublish(Prepared run) {
        writer.retainRuns(run.previousRunId() == null ? List.of(run.runId())
                : List.of(run.runId(), run.previousRunId()));
        clusters.published(run.runId(), run.previousRunId());
        if (run.carried().migration() != null) {
            migrations.save(run.carried().migration());
        }
    }
}
