package io.segmentation.dashboard;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/** The aggregate documents in MongoDB ({@code dashboard_aggregates}), one per run, the newest few kept. */
@Repository
class AggregateStore {

    private final MongoOperations mongo;

    AggregateStore(MongoOperations mongo) {
        this.mongo = mongo;
    }

    Optional<RunAggregates> find(String runId) {
        return Optional.ofNullable(mongo.findById(runId, RunAggregates.class));
    }

    /** Saves a run's aggregates and removes all but the newest {@code keep} documents. */
    void save(RunAggregates aggregates, int keep) {
        mongo.save(aggregates);
        Query newestFirst = new Query().with(Sort.by(Sort.Direction.DESC, "computedAt"));
        newestFirst.fields().include("_id");
        // why: raw ids, since Spring Data stores an id that looks like an ObjectId as one
        List<Object> ids = mongo.find(newestFirst, org.bson.Document.class, "dashboard_aggregates").stream()
                .map(d -> d.get("_id")).toList();
        if (ids.size() > keep) {
            mongo.remove(Query.query(Criteria.where("_id").in(ids.subList(keep, ids.size()))), RunAggregates.class);
        }
    }
}
