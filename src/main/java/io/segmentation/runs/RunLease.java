package io.segmentation.runs;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.bson.Document;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The run lease shared by every instance on one database, so at most one run computes at a time across them: one
 * document {@code {_id: "run", holder, runId, acquiredAt, expiresAt}} in {@code runLease}. It is taken when absent,
 * expired or already this instance's, renewed every third of {@code segmentation.runs.lease-duration} while the run
 * goes and deleted after it; an instance that dies stops renewing, so another takes the lease over once it expires.
 */
@Component
class RunLease implements DisposableBean {

    static final String COLLECTION = "runLease";

    private static final Logger LOG = LoggerFactory.getLogger(RunLease.class);

    private static final String ID = "run";

    private final MongoOperations mongo;
    private final Clock clock;
    private final Duration duration;
    private final String holder;
    private final ScheduledExecutorService heartbeats = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "run-lease");
        thread.setDaemon(true);
        return thread;
    });
    private @Nullable ScheduledFuture<?> heartbeat;

    @Autowired
    RunLease(MongoOperations mongo, Clock clock, RunSettings settings) {
        this(mongo, clock, settings.leaseDuration(), UUID.randomUUID() + "@" + hostName());
    }

    /** A lease of the given holder (an instance id); tests make a second instance this way. */
    RunLease(MongoOperations mongo, Clock clock, Duration duration, String holder) {
        if (duration.toMillis() < 30) {
            throw new IllegalArgumentException("segmentation.runs.lease-duration must be at least 30ms: " + duration);
        }
        this.mongo = mongo;
        this.clock = clock;
        this.duration = duration;
        this.holder = holder;
    }

    /**
     * A lease's document.
     *
     * @param holder     the instance holding it: a random id per JVM, {@code @}, the host name
     * @param runId      the run it is held for
     * @param acquiredAt when it was taken
     * @param expiresAt  when another instance may take it over unless it is renewed before
     */
    record Holding(String holder, @Nullable String runId, Instant acquiredAt, Instant expiresAt) {

        boolean liveAt(Instant now) {
            return expiresAt.isAfter(now);
        }
    }

    /**
     * The outcome of {@link #tryAcquire}.
     *
     * @param acquired whether this instance holds the lease now
     * @param other    when acquired, the expired lease of another instance that was taken over (null when there was
     *                 none); when refused, the live lease of the instance that holds it (null when it ended meanwhile)
     */
    record Attempt(boolean acquired, @Nullable Holding other) {
    }

    /** This instance's id as the lease's {@code holder} shows it. */
    String holder() {
        return holder;
    }

    /**
     * Takes the lease for a run and starts renewing it, unless another instance holds a live one. Throws a
     * {@code DataAccessException} when MongoDB cannot be reached.
     */
    synchronized Attempt tryAcquire(String runId) {
        Instant now = clock.instant();
        Query free = Query.query(Criteria.where("_id").is(ID).orOperator(
                Criteria.where("expiresAt").lt(Date.from(now)), Criteria.where("holder").is(holder)));
        Update take = new Update().set("holder", holder).set("runId", runId).set("acquiredAt", Date.from(now))
                .set("expiresAt", Date.from(now.plus(duration)));
        Document previous;
        try {
            previous = mongo.findAndModify(free, take, FindAndModifyOptions.options().upsert(true).returnNew(false),
                    Document.class, COLLECTION);
        } catch (DuplicateKeyException e) {
            // why: the filter did not match an existing document (a live lease of another instance), so the upsert
            // tried to insert a second {_id: "run"}
            return new Attempt(false, current().orElse(null));
        }
        startHeartbeat();
        Holding taken = previous == null ? null : holding(previous);
        if (taken != null && !taken.holder().equals(holder)) {
            LOG.warn("Took over the run lease of instance {} (run {}), which expired at {}", taken.holder(),
                    taken.runId(), taken.expiresAt());
            return new Attempt(true, taken);
        }
        return new Attempt(true, null);
    }

    /**
     * Extends this instance's lease by the lease duration from now.
     *
     * @return false when this instance no longer holds it (another instance took it over after it expired)
     */
    boolean renew() {
        Query mine = Query.query(Criteria.where("_id").is(ID).and("holder").is(holder));
        Update extend = new Update().set("expiresAt", Date.from(clock.instant().plus(duration)));
        return mongo.updateFirst(mine, extend, COLLECTION).getMatchedCount() > 0;
    }

    /**
     * Stops renewing and deletes the lease if this instance still holds it; when MongoDB cannot be reached the lease
     * is left to expire (logged), so the failure of the run it ends is the one that propagates.
     */
    synchronized void release() {
        stopHeartbeat();
        try {
            mongo.remove(Query.query(Criteria.where("_id").is(ID).and("holder").is(holder)), COLLECTION);
        } catch (DataAccessException e) {
            LOG.warn("Cannot release the run lease ({}); it expires within {}", e.toString(), duration);
        }
    }

    /** The lease as stored, live or expired, if any instance took it and did not release it. */
    Optional<Holding> current() {
        return Optional.ofNullable(mongo.findById(ID, Document.class, COLLECTION)).map(RunLease::holding);
    }

    private void startHeartbeat() {
        stopHeartbeat();
        long every = Math.max(10, duration.toMillis() / 3);
        heartbeat = heartbeats.scheduleAtFixedRate(this::beat, every, every, TimeUnit.MILLISECONDS);
    }

    private void stopHeartbeat() {
        if (heartbeat != null) {
            heartbeat.cancel(false);
            heartbeat = null;
        }
    }

    private void beat() {
        try {
            if (!renew()) {
                LOG.warn("Lost the run lease: another instance took it over after it expired; this run will not"
                        + " publish");
                synchronized (this) {
                    stopHeartbeat();
                }
            }
        } catch (DataAccessException e) {
            LOG.warn("Cannot renew the run lease: {}", e.toString());
        }
    }

    private static Holding holding(Document d) {
        return new Holding(d.getString("holder"), d.getString("runId"), d.getDate("acquiredAt").toInstant(),
                d.getDate("expiresAt").toInstant());
    }

    private static String hostName() {
        String env = System.getenv("HOSTNAME");
        if (env != null && !env.isBlank()) {
            return env;
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "unknown-host";
        }
    }

    @Override
    public void destroy() {
        heartbeats.shutdownNow();
    }
}
