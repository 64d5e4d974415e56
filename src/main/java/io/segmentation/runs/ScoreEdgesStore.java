package io.segmentation.runs;

import java.time.Clock;
import java.util.Optional;

import io.segmentation.rfm.RfmEdges;
import io.segmentation.segments.Publication;
import io.segmentation.segments.ResultStore;
import org.jspecify.annotations.Nullable;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/**
 * The score edges of every run in {@code scoreEdges}, and those of the published run in memory: read once from
 * MongoDB, then switched by the run that publishes. (With several service instances on one MongoDB, an instance sees
 * another's new edges after its restart.)
 */
@Repository
public class ScoreEdgesStore {

    private final MongoOperations mongo;
    private final ResultStore results;
    private final Clock clock;
    private volatile @Nullable Current current;

    ScoreEdgesStore(MongoOperations mongo, ResultStore results, Clock clock) {
        this.mongo = mongo;
        this.results = results;
        this.clock = clock;
    }

    private record Current(@Nullable String runId, @Nullable RfmEdges edges) {
    }

    void save(String runId, RfmEdges edges) {
        mongo.save(new RunScoreEdges(runId, edges, clock.instant()));
    }

    Optional<RfmEdges> forRun(String runId) {
        return Optional.ofNullable(mongo.findById(runId, RunScoreEdges.class)).map(RunScoreEdges::edges);
    }

    /** Makes a run's edges the published ones and drops the edges of runs whose results are gone. */
    void published(String runId, @Nullable String previousRunId) {
        current = new Current(runId, forRun(runId).orElse(null));
        mongo.remove(Query.query(Criteria.where("_id").nin(previousRunId == null ? java.util.List.of(runId)
                : java.util.List.of(runId, previousRunId))), RunScoreEdges.class);
    }

    /** The published run's edges, from memory; empty before the first run. */
    public Optional<RfmEdges> current() {
        Current c = current;
        if (c == null) {
            String runId = results.current().map(Publication::runId).orElse(null);
            c = new Current(runId, runId == null ? null : forRun(runId).orElse(null));
            current = c;
        }
        return Optional.ofNullable(c.edges());
    }
}
