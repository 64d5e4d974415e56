package io.segmentation.events;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import io.segmentation.segments.ChangedCustomers;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * The customers changed since a run, from the stored deltas: walks from the published run back along each delta's
 * previous run until the run asked for, collecting the customers of the deltas on the way.
 */
@Component
class ChangesSinceRun implements ChangedCustomers {

    private final ChangeStore changes;
    private final MongoOperations mongo;

    ChangesSinceRun(ChangeStore changes, MongoOperations mongo) {
        this.changes = changes;
        this.mongo = mongo;
    }

    @Override
    public Optional<Set<String>> since(String sinceRunId, String publishedRunId) {
        Set<String> customers = new HashSet<>();
        String run = publishedRunId;
        while (!run.equals(sinceRunId)) {
            Optional<ChangeSet> set = changes.changeSet(run);
            if (set.isEmpty() || set.get().previousRunId() == null) {
                return Optional.empty();
            }
            Query query = Query.query(Criteria.where("runId").is(run).and("change.to").ne(null));
            query.fields().include("change.customerId");
            mongo.find(query, org.bson.Document.class, "segment_changes").forEach(doc -> customers.add(
                    doc.get("change", org.bson.Document.class).getString("customerId")));
            run = set.get().previousRunId();
        }
        return Optional.of(customers);
    }
}
