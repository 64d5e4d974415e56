package io.segmentation.runs;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import io.segmentation.rfm.RfmEdges;
import io.segmentation.segments.Publication;
import io.segmentation.segments.ResultStore;
import org.jspecify.annotations.Nullable;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Repository;

/**
 * The score edges and cluster model of every retained run in {@code runScoring}, and those of the published run in
 * memory: read once from MongoDB, then switched by the run that publishes. (With several service instances on one
 * MongoDB, an instance sees another's newer run after its restart.)
 */
@Repository
public class RunScoringStore {

    private final MongoOperations mongo;
    private final ResultStore results;
    private final Clock clock;
    private volatile @Nullable Current current;

    RunScoringStore(MongoOperations mongo, ResultStore results, Clock clock) {
        this.mongo = mongo;
        this.results = results;
        this.clock = clock;
    }

    private record Current(@Nullable String runId, @Nullable RunScoring scoring) {
    }

    void save(String runId, RfmEdges edges, @Nullable Integer clusterModel) {
        mongo.save(new RunScoring(runId, edges, clusterModel, clock.instant()));
    }

    Optional<RfmEdges> edgesOf(String runId) {
        return find(runId).map(RunScoring::edges);
    }

    private Optional<RunScoring> find(String runId) {
        return Optional.ofNullable(mongo.findById(runId, RunScoring.class));
    }

    /**
     * Every {@code segmentation.follow-interval} (default 10 s), forgets the published run's scoring in memory when
     * another instance on the same database has published a run since, so the next prediction reads the new one.
     */
    @Scheduled(fixedDelayString = "${segmentation.follow-interval:10s}",
            initialDelayString = "${segmentation.follow-interval:10s}")
    void followPublication() {
        Current c = current;
        if (c == null) {
            return;
        }
        try {
            String published = results.current().map(Publication::runId).orElse(null);
            if (!java.util.Objects.equals(published, c.runId())) {
                current = null;
            }
        } catch (RuntimeException e) { // why: MongoDB may be down; the scoring in memory keeps serving
            org.slf4j.LoggerFactory.getLogger(RunScoringStore.class).debug("Publication not followed: {}", e.toString());
        }
    }

    /** Makes a run's scoring the published one and drops that of runs whose results are gone. */
    void published(String runId, @Nullable String previousRunId) {
        current = new Current(runId, find(runId).orElse(null));
        mongo.remove(Query.query(Criteria.where("_id").nin(previousRunId == null ? List.of(runId)
                : List.of(runId, previousRunId))), RunScoring.class);
    }

    /** The published run's score edges, from memory; empty before the first run. */
    public Optional<RfmEdges> currentEdges() {
        return Optional.ofNullable(current()).map(RunScoring::edges);
    }

    /** The version of the model that assigned the published run's clusters, from memory; empty when none did. */
    public Optional<Integer> currentClusterModel() {
        return Optional.ofNullable(current()).map(RunScoring::clusterModel);
    }

    private @Nullable RunScoring current() {
        Current c = current;
        if (c == null) {
            String runId = results.current().map(Publication::runId).orElse(null);
            c = new Current(runId, runId == null ? null : find(runId).orElse(null));
            current = c;
        }
        return c.scoring();
    }
}
