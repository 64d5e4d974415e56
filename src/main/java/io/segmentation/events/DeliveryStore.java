package io.segmentation.events;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.segmentation.storage.MongoStartupTask;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/** Webhook deliveries in {@code webhook_deliveries}: stored, claimed for an attempt, updated, listed. */
@Repository
class DeliveryStore implements MongoStartupTask {

    private final MongoOperations mongo;

    DeliveryStore(MongoOperations mongo) {
        this.mongo = mongo;
    }

    @Override
    public void onMongoReachable() {
        mongo.indexOps(DeliveryDocument.class).createIndex(
                new Index("state", Sort.Direction.ASC).on("nextAttemptAt", Sort.Direction.ASC));
        mongo.indexOps(DeliveryDocument.class).createIndex(new Index("runId", Sort.Direction.ASC));
    }

    void insert(List<DeliveryDocument> deliveries) {
        if (!deliveries.isEmpty()) {
            mongo.insert(deliveries, DeliveryDocument.class);
        }
    }

    /**
     * Records an attempt's outcome in one update (not a replacement, so an erasure meanwhile stays applied); a
     * delivered or failed delivery keeps no copy of its changes, which stay readable under GET /segments/changes.
     */
    void recordAttempt(String id, DeliveryState state, int attempts, @Nullable Integer status, @Nullable String error,
                       @Nullable Instant next, @Nullable Instant deliveredAt) {
        Update update = new Update().set("state", state).set("attempts", attempts).set("lastStatus", status)
                .set("lastError", error).set("nextAttemptAt", next).set("deliveredAt", deliveredAt);
        if (state != DeliveryState.PENDING) {
            update.set("changes", List.of());
        }
        mongo.updateFirst(Query.query(Criteria.where("_id").is(id)), update, DeliveryDocument.class);
    }

    /** Makes a run's deliveries due at {@code now}, with their number of batches, once its whole delta is stored. */
    void release(String runId, int batches, Instant now) {
        mongo.updateMulti(Query.query(Criteria.where("runId").is(runId)),
                new Update().set("batches", batches).set("nextAttemptAt", now), DeliveryDocument.class);
    }

    void deleteRun(String runId) {
        mongo.remove(Query.query(Criteria.where("runId").is(runId)), DeliveryDocument.class);
    }

    /**
     * Takes the pending delivery due longest ago (nextAttemptAt <= now) and moves its nextAttemptAt to
     * {@code leaseUntil} in the same write, so no other poller takes it meanwhile; if this one stops, the lease ends
     * and the delivery is taken again.
     */
    Optional<DeliveryDocument> claimDue(Instant now, Instant leaseUntil) {
        Query query = Query.query(Criteria.where("state").is(DeliveryState.PENDING).and("nextAttemptAt").lte(now))
                .with(Sort.by("nextAttemptAt"));
        return Optional.ofNullable(mongo.findAndModify(query, new Update().set("nextAttemptAt", leaseUntil),
                FindAndModifyOptions.options().returnNew(true), DeliveryDocument.class));
    }

    /** A page of deliveries, newest first, optionally in one state; without their changes. */
    List<DeliveryDocument> page(@Nullable DeliveryState state, long offset, int limit) {
        Query query = filter(state).with(Sort.by(Sort.Direction.DESC, "createdAt").and(Sort.by("batch", "_id")))
                .skip(offset).limit(limit);
        query.fields().exclude("changes");
        return mongo.find(query, DeliveryDocument.class);
    }

    long count(@Nullable DeliveryState state) {
        return mongo.count(filter(state), DeliveryDocument.class);
    }

    /** Removes a customer's changes from the deliveries not yet sent; answers how many deliveries held some. */
    long eraseCustomer(String customerId) {
        return mongo.updateMulti(Query.query(Criteria.where("changes.customerId").is(customerId)),
                new Update().pull("changes", Query.query(Criteria.where("customerId").is(customerId)).getQueryObject()),
                DeliveryDocument.class).getModifiedCount();
    }

    private static Query filter(@Nullable DeliveryState state) {
        return state == null ? new Query() : Query.query(Criteria.where("state").is(state));
    }
}
