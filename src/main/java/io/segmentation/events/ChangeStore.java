package io.segmentation.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.segmentation.storage.MongoStartupTask;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/** Runs' deltas: their changes in {@code segment_changes}, numbered per run, and one {@link ChangeSet} per run. */
@Repository
class ChangeStore implements MongoStartupTask {

    private final MongoOperations mongo;

    ChangeStore(MongoOperations mongo) {
        this.mongo = mongo;
    }

    @Override
    public void onMongoReachable() {
        mongo.indexOps(ChangeDocument.class).createIndex(new Index("runId", Sort.Direction.ASC).on("seq", Sort.Direction.ASC));
        mongo.indexOps(ChangeDocument.class).createIndex(new Index("change.customerId", Sort.Direction.ASC));
    }

    Optional<ChangeSet> changeSet(String runId) {
        return Optional.ofNullable(mongo.findById(runId, ChangeSet.class));
    }

    void insert(List<ChangeDocument> changes) {
        if (!changes.isEmpty()) {
            mongo.insert(changes, ChangeDocument.class);
        }
    }

    void save(ChangeSet set) {
        mongo.save(set);
    }

    /** Removes a run's changes and record (a delta cut short, or an old run's). */
    void deleteRun(String runId) {
        mongo.remove(Query.query(Criteria.where("runId").is(runId)), ChangeDocument.class);
        mongo.remove(Query.query(Criteria.where("_id").is(runId)), ChangeSet.class);
    }

    /** The ids of the runs with a stored delta other than the {@code keep} newest. */
    List<String> olderThanNewest(int keep) {
        Query query = new Query().with(Sort.by(Sort.Direction.DESC, "computedAt")).skip(keep);
        query.fields().include("_id");
        return mongo.find(query, org.bson.Document.class, "segment_change_runs").stream()
                .map(d -> d.get("_id").toString()).toList();
    }

    /** The changes of a run with seq in [from, from + limit), in seq order. */
    List<SegmentChange> page(String runId, long from, int limit) {
        Query query = Query.query(Criteria.where("runId").is(runId).and("seq").gte(from).lt(from + limit))
                .with(Sort.by("seq"));
        return mongo.find(query, ChangeDocument.class).stream().map(ChangeDocument::change).toList();
    }

    /**
     * Removes a customer's changes from every run and closes the gaps they leave in each run's numbering (the later
     * changes move down), so pages stay full; answers how many were removed.
     */
    long eraseCustomer(String customerId) {
        List<ChangeDocument> theirs = mongo.find(Query.query(Criteria.where("change.customerId").is(customerId))
                .with(Sort.by(Sort.Direction.DESC, "seq")), ChangeDocument.class);
        List<String> runs = new ArrayList<>();
        for (ChangeDocument doc : theirs) {
            // why: highest seq first, so each shift moves only changes that no removal below has moved yet
            mongo.remove(Query.query(Criteria.where("_id").is(doc.id())), ChangeDocument.class);
            mongo.updateMulti(Query.query(Criteria.where("runId").is(doc.runId()).and("seq").gt(doc.seq())),
                    new Update().inc("seq", -1), ChangeDocument.class);
            if (!runs.contains(doc.runId())) {
                runs.add(doc.runId());
            }
        }
        for (String runId : runs) {
            long left = mongo.count(Query.query(Criteria.where("runId").is(runId)), ChangeDocument.class);
            mongo.updateFirst(Query.query(Criteria.where("_id").is(runId)), new Update().set("changes", left),
                    ChangeSet.class);
        }
        return theirs.size();
    }
}
