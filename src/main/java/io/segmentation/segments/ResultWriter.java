package io.segmentation.segments;

import java.util.ArrayList;
import java.util.List;

import io.segmentation.storage.MongoStartupTask;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/**
 * Writes each run's customer and segment profiles under the run's id, publishes a run by switching the single
 * {@link Publication} document, and removes runs' profiles that are no longer needed.
 */
@Repository
public class ResultWriter implements MongoStartupTask {

    private static final int BATCH_SIZE = 2_000;

    private final MongoOperations mongo;
    private final CustomerIdCache idCache;

    ResultWriter(MongoOperations mongo, CustomerIdCache idCache) {
        this.mongo = mongo;
        this.idCache = idCache;
    }

    /** Creates the store's indexes; run by {@link io.segmentation.storage.MongoStartup} once MongoDB is reachable. */
    @Override
    public void onMongoReachable() {
        mongo.indexOps(CustomerDocument.class).createIndex(new Index("runId", Sort.Direction.ASC));
        mongo.indexOps(CustomerDocument.class).createIndex(
                new Index("runId", Sort.Direction.ASC).on("profile.rfmSegment", Sort.Direction.ASC));
        mongo.indexOps(SegmentDocument.class).createIndex(new Index("runId", Sort.Direction.ASC));
    }

    /** Writes a run's customer profiles (not yet visible to readers). */
    public void saveCustomers(String runId, List<CustomerProfile> customers) {
        idCache.forget(id -> id.equals(runId));
        List<CustomerDocument> chunk = new ArrayList<>(BATCH_SIZE);
        for (CustomerProfile c : customers) {
            chunk.add(new CustomerDocument(CustomerDocument.id(runId, c.customerId()), runId, c));
            if (chunk.size() == BATCH_SIZE) {
                mongo.insert(chunk, CustomerDocument.class);
                chunk.clear();
            }
        }
        if (!chunk.isEmpty()) {
            mongo.insert(chunk, CustomerDocument.class);
        }
    }

    /** Writes a run's segment profiles, keeping their order (not yet visible to readers). */
    public void saveSegments(String runId, List<SegmentProfile> segments) {
        List<SegmentDocument> docs = new ArrayList<>(segments.size());
        for (int i = 0; i < segments.size(); i++) {
            SegmentProfile s = segments.get(i);
            docs.add(new SegmentDocument(runId + ":" + s.id(), runId, i, s));
        }
        mongo.insert(docs, SegmentDocument.class);
    }

    /** Makes a run's results the ones every reader sees, in one single-document write. */
    public void publish(Publication publication) {
        mongo.save(publication);
    }

    /** Deletes a run's profiles (a failed run's, or an old one's once a newer run is published). */
    public void deleteRun(String runId) {
        mongo.remove(Query.query(Criteria.where("runId").is(runId)), CustomerDocument.class);
        mongo.remove(Query.query(Criteria.where("runId").is(runId)), SegmentDocument.class);
        idCache.forget(id -> id.equals(runId));
    }

    /**
     * Removes a customer's profiles from every stored run (with the segment history they carry).
     *
     * @return profiles removed and the history entries they held
     */
    public Erased eraseCustomer(String customerId) {
        Query theirs = Query.query(Criteria.where("profile.customerId").is(customerId));
        theirs.fields().include("_id").include("profile.segmentHistory.runId");
        long history = 0;
        List<org.bson.Document> docs = mongo.find(theirs, org.bson.Document.class, "customers");
        for (org.bson.Document doc : docs) {
            List<?> entries = doc.get("profile", org.bson.Document.class).getList("segmentHistory", Object.class);
            history += entries == null ? 0 : entries.size();
        }
        mongo.remove(Query.query(Criteria.where("profile.customerId").is(customerId)), CustomerDocument.class);
        idCache.forget(id -> true);
        return new Erased(docs.size(), history);
    }

    /**
     * What {@link #eraseCustomer} removed.
     *
     * @param profiles       customer profiles, one per stored run
     * @param historyEntries segment history entries those profiles held
     */
    public record Erased(long profiles, long historyEntries) {
    }

    /** Deletes the profiles of every run except the given ones (the new and the previously published run). */
    public void retainRuns(List<String> runIds) {
        mongo.remove(Query.query(Criteria.where("runId").nin(runIds)), CustomerDocument.class);
        mongo.remove(Query.query(Criteria.where("runId").nin(runIds)), SegmentDocument.class);
        idCache.forget(id -> !runIds.contains(id));
    }
}
