package io.segmentation.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import io.segmentation.storage.MongoStartupTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/**
 * Runs' deltas: their changes in {@link ChangeChunk}s of {@value ChangeChunk#CAPACITY} ({@code segment_change_chunks}),
 * numbered per run, and one {@link ChangeSet} per run ({@code segment_change_runs}).
 */
@Repository
class ChangeStore implements MongoStartupTask {

    private static final Logger LOG = LoggerFactory.getLogger(ChangeStore.class);

    /** Where earlier versions kept one document per change. */
    private static final String LEGACY_CHANGES = "segment_changes";

    private final MongoOperations mongo;

    ChangeStore(MongoOperations mongo) {
        this.mongo = mongo;
    }

    /**
     * Creates the index and drops the deltas of earlier versions (one document per change): deltas are derived data,
     * and their runs then answer that they have no stored changes.
     */
    @Override
    public void onMongoReachable() {
        if (mongo.collectionExists(LEGACY_CHANGES)) {
            mongo.dropCollection(LEGACY_CHANGES);
            mongo.remove(new Query(), ChangeSet.class);
            LOG.info("Segment changes stored by an earlier version (one document per change) removed; the next"
                    + " published run stores its delta in chunks");
        }
        mongo.indexOps(ChangeChunk.class).createIndex(new Index("runId", Sort.Direction.ASC));
    }

    Optional<ChangeSet> changeSet(String runId) {
        return Optional.ofNullable(mongo.findById(runId, ChangeSet.class));
    }

    void insert(ChangeChunk chunk) {
        mongo.insert(chunk);
    }

    void save(ChangeSet set) {
        mongo.save(set);
    }

    /** Removes a run's changes and record (a delta cut short, or an old run's). */
    void deleteRun(String runId) {
        mongo.remove(Query.query(Criteria.where("runId").is(runId)), ChangeChunk.class);
        mongo.remove(Query.query(Criteria.where("_id").is(runId)), ChangeSet.class);
    }

    /** The ids of the runs with a stored delta other than the {@code keep} newest. */
    List<String> olderThanNewest(int keep) {
        Query query = new Query().with(Sort.by(Sort.Direction.DESC, "computedAt")).skip(keep);
        query.fields().include("_id");
        return mongo.find(query, org.bson.Document.class, "segment_change_runs").stream()
                .map(d -> d.get("_id").toString()).toList();
    }

    /**
     * The changes of a run with seq in [from, from + limit), in seq order: reads the one or few chunks that hold
     * them, by id.
     */
    List<SegmentChange> page(String runId, long from, int limit) {
        List<SegmentChange> page = new ArrayList<>(limit);
        long end = from + limit;
        for (long index = from / ChangeChunk.CAPACITY; index * ChangeChunk.CAPACITY < end; index++) {
            ChangeChunk chunk = mongo.findById(ChangeChunk.id(runId, index), ChangeChunk.class);
            if (chunk == null) {
                break;
            }
            long first = index * ChangeChunk.CAPACITY;
            int lo = (int) Math.max(0, from - first);
            int hi = (int) Math.min(chunk.changes().size(), end - first);
            if (lo < hi) {
                page.addAll(chunk.changes().subList(lo, hi));
            }
        }
        return page;
    }

    /** Calls {@code action} with every change of a run's delta, in seq order. */
    void forEach(String runId, Consumer<SegmentChange> action) {
        forEachFrom(runId, 0, action);
    }

    /**
     * Calls {@code action} with every change of a run's chunks from {@code fromIndex} on, in seq order, a chunk at a
     * time by id; answers the index after the last chunk read.
     */
    private long forEachFrom(String runId, long fromIndex, Consumer<SegmentChange> action) {
        for (long index = fromIndex; ; index++) {
            ChangeChunk chunk = mongo.findById(ChangeChunk.id(runId, index), ChangeChunk.class);
            if (chunk == null) {
                return index;
            }
            chunk.changes().forEach(action);
        }
    }

    /**
     * Removes a customer's changes from every run. Each affected run's chunks are rewritten from the first that held
     * the customer, so the later changes move down and every chunk but the last stays full; answers how many were
     * removed.
     */
    long eraseCustomer(String customerId) {
        Query affected = Query.query(Criteria.where("changes.customerId").is(customerId));
        affected.fields().include("runId").include("index");
        List<org.bson.Document> hits = mongo.find(affected, org.bson.Document.class, "segment_change_chunks");
        java.util.Map<String, Integer> firstIndex = new java.util.TreeMap<>();
        for (org.bson.Document hit : hits) {
            firstIndex.merge(hit.getString("runId"), hit.getInteger("index"), Math::min);
        }
        long removed = 0;
        for (var run : firstIndex.entrySet()) {
            removed += rewriteWithout(run.getKey(), run.getValue(), customerId);
        }
        return removed;
    }

    /** Rewrites a run's chunks from {@code fromIndex} on without the customer's changes; answers how many went. */
    private long rewriteWithout(String runId, int fromIndex, String customerId) {
        List<SegmentChange> kept = new ArrayList<>();
        long[] read = {0};
        long oldChunks = forEachFrom(runId, fromIndex, c -> {
            read[0]++;
            if (!c.customerId().equals(customerId)) {
                kept.add(c);
            }
        });
        long removed = read[0] - kept.size();
        int index = fromIndex;
        for (int start = 0; start < kept.size(); start += ChangeChunk.CAPACITY) {
            mongo.save(ChangeChunk.of(runId, index++,
                    kept.subList(start, Math.min(kept.size(), start + ChangeChunk.CAPACITY))));
        }
        for (long stale = index; stale < oldChunks; stale++) {
            mongo.remove(Query.query(Criteria.where("_id").is(ChangeChunk.id(runId, stale))), ChangeChunk.class);
        }
        ChangeSet set = mongo.findById(runId, ChangeSet.class);
        if (set != null) {
            mongo.updateFirst(Query.query(Criteria.where("_id").is(runId)),
                    new Update().set("changes", set.changes() - removed), ChangeSet.class);
        }
        return removed;
    }
}
