package io.segmentation.runs;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import org.bson.Document;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * The scheduled times that an instance has claimed, so each scheduled run starts once across the instances on one
 * database: {@code {_id: "2026-12-02T02:00:00Z", slot, holder, claimedAt}} in {@code runScheduleSlots}, kept for a day.
 */
@Component
class ScheduleSlots {

    static final String COLLECTION = "runScheduleSlots";

    /** How long a claimed slot is kept: an instance whose scheduler fires that much later would run it again. */
    static final Duration KEPT = Duration.ofDays(1);

    private final MongoOperations mongo;
    private final Clock clock;
    private final String holder;

    @Autowired
    ScheduleSlots(MongoOperations mongo, Clock clock, RunLease lease) {
        this(mongo, clock, lease.holder());
    }

    /** Slots claimed as the given instance; tests make a second instance this way. */
    ScheduleSlots(MongoOperations mongo, Clock clock, String holder) {
        this.mongo = mongo;
        this.clock = clock;
        this.holder = holder;
    }

    /**
     * Claims a scheduled time for this instance and removes the claims older than {@link #KEPT} before it.
     *
     * @param slot the time the schedule fired for (the same on every instance, whatever their clocks say)
     * @return false when another instance claimed it first
     */
    boolean claim(Instant slot) {
        Document claim = new Document("_id", slot.toString()).append("slot", Date.from(slot))
                .append("holder", holder).append("claimedAt", Date.from(clock.instant()));
        try {
            mongo.insert(claim, COLLECTION);
        } catch (DuplicateKeyException e) {
            return false;
        }
        // why: the embedded MongoDB has no TTL indexes, so the winner of each slot sweeps the old ones
        mongo.remove(Query.query(Criteria.where("slot").lt(Date.from(slot.minus(KEPT)))), COLLECTION);
        return true;
    }
}
