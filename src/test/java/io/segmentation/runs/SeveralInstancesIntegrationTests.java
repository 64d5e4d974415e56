package io.segmentation.runs;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import io.segmentation.purchases.SeedOrders;
import io.segmentation.web.PageRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Several instances on one database, the second one simulated by a {@link RunLease} and {@link ScheduleSlots} of
 * another holder over the same MongoDB: its live lease answers POST /runs with the 409 naming its run, its expired
 * lease is taken over (and its run marked INTERRUPTED), the holder renews its lease while a run takes longer than the
 * lease, a run whose lease was taken over does not publish, start-up recovery leaves a live lease's run alone, and a scheduled time starts one run across instances.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "test.store=several-instances", "segmentation.runs.lease-duration=1500ms",
        "segmentation.sources[0].collection=several_instances_orders", "segmentation.sources[0].read=stream"})
@AutoConfigureRestTestClient
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SeveralInstancesIntegrationTests {

    private static final String OTHER = "other-instance@elsewhere";

    @Autowired
    RestTestClient http;

    @Autowired
    MongoOperations mongo;

    @Autowired
    RunService runs;

    @Autowired
    RunStore store;

    @Autowired
    RunLease lease;

    @Autowired
    ScheduledRuns scheduledRuns;

    @Autowired
    RunSettings settings;

    @Autowired
    Clock clock;

    private final List<RunLease> otherLeases = new ArrayList<>();

    @BeforeAll
    void storeOrders() {
        mongo.getCollection("several_instances_orders").insertMany(SeedOrders.documents());
    }

    @AfterEach
    void releaseOtherInstance() {
        otherLeases.forEach(RunLease::release);
        otherLeases.clear();
    }

    @Test
    void aLiveLeaseOfAnotherInstanceAnswers409NamingItsRun() {
        RunLease other = otherInstance(Clock.systemUTC(), Duration.ofMinutes(1));
        assertThat(other.tryAcquire("run-of-the-other-instance").acquired()).isTrue();

        Map<?, ?> problem = http.post().uri("/runs?force=true").exchange().expectStatus().isEqualTo(409)
                .expectHeader().contentType("application/problem+json")
                .expectBody(Map.class).returnResult().getResponseBody();
        assertThat(problem.get("type")).isEqualTo("urn:segmentation:problem:run-in-progress");
        assertThat(problem.get("runningRunId")).isEqualTo("run-of-the-other-instance");
        assertThat((String) problem.get("detail")).contains("GET /runs/run-of-the-other-instance");
        assertThat(other.current()).hasValueSatisfying(h -> assertThat(h.holder()).isEqualTo(OTHER));

        other.release();
        Map<?, ?> run = http.post().uri("/runs?force=true").exchange().expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody();
        assertThat(run.get("status")).isEqualTo("COMPLETED");
        assertThat(lease.current()).as("released after the run").isEmpty();
    }

    @Test
    void anExpiredLeaseIsTakenOverAndTheDeadInstancesRunMarkedInterrupted() {
        Instant tenMinutesAgo = Instant.now().minus(Duration.ofMinutes(10));
        RunLease dead = otherInstance(Clock.fixed(tenMinutesAgo, clock.getZone()), Duration.ofMinutes(1));
        assertThat(dead.tryAcquire("run-of-a-dead-instance").acquired()).isTrue();
        store.save(new Run("run-of-a-dead-instance", "test", RunStatus.RUNNING, "auto", null, tenMinutesAgo,
                null, 0, 0, 0, null, Map.of(), null));

        Map<?, ?> run = http.post().uri("/runs?force=true").exchange().expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody();

        assertThat(run.get("status")).isEqualTo("COMPLETED");
        Run deadRun = runs.get("run-of-a-dead-instance");
        assertThat(deadRun.status()).isEqualTo(RunStatus.INTERRUPTED);
        assertThat(deadRun.error()).contains(OTHER).contains("stopped renewing its run lease");
        assertThat(lease.current()).as("released after the run").isEmpty();
    }

    @Test
    void theHolderRenewsItsLeaseWhileARunTakesLongerThanTheLease() {
        RunLease other = otherInstance(Clock.systemUTC(), Duration.ofMinutes(1));
        AtomicReference<RunLease.Holding> first = new AtomicReference<>();
        AtomicReference<RunLease.Holding> last = new AtomicReference<>();
        List<Boolean> otherAcquired = new ArrayList<>();
        List<Integer> localAnswers = new ArrayList<>();
        Run run = runs.startAfter("test", () -> {
            first.set(lease.current().orElseThrow());
            long until = System.nanoTime() + 3 * settings.leaseDuration().toNanos();
            while (System.nanoTime() < until) {
                sleep(300);
                otherAcquired.add(other.tryAcquire("would-run-concurrently").acquired());
            }
            localAnswers.add(http.post().uri("/runs?force=true").exchange().returnResult().getStatus().value());
            last.set(lease.current().orElseThrow());
        });

        assertThat(run.status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(otherAcquired).hasSizeGreaterThan(3).containsOnly(false);
        assertThat(localAnswers).containsExactly(409);
        assertThat(first.get().holder()).isEqualTo(lease.holder()).isNotEqualTo(OTHER);
        assertThat(first.get().runId()).isEqualTo(run.id());
        assertThat(last.get().acquiredAt()).isEqualTo(first.get().acquiredAt());
        assertThat(last.get().expiresAt()).as("renewed")
                .isAfter(first.get().expiresAt().plus(settings.leaseDuration()));
        assertThat(lease.current()).as("released after the run").isEmpty();
    }

    @Test
    void aRunWhoseLeaseAnotherInstanceTookOverDoesNotPublish() {
        otherInstance(Clock.systemUTC(), Duration.ofMinutes(1)); // why: its release removes the lease taken below
        String publishedBefore = runs.lastCompleted().map(Run::id).orElse(null);

        assertThatThrownBy(() -> runs.startAfter("test", () -> mongo.updateFirst(
                Query.query(Criteria.where("_id").is("run")), new Update().set("holder", OTHER), RunLease.COLLECTION)))
                .hasMessageContaining("lost the run lease");

        assertThat(runs.newest()).hasValueSatisfying(r -> {
            assertThat(r.status()).isEqualTo(RunStatus.FAILED);
            assertThat(r.error()).contains("does not publish");
        });
        assertThat(runs.lastCompleted().map(Run::id).orElse(null)).isEqualTo(publishedBefore);
        assertThat(lease.current()).hasValueSatisfying(h -> assertThat(h.holder()).isEqualTo(OTHER));
    }

    @Test
    void startUpRecoveryLeavesTheRunOfALiveLeaseRunning() {
        Instant now = Instant.now();
        RunLease other = otherInstance(Clock.systemUTC(), Duration.ofMinutes(1));
        assertThat(other.tryAcquire("live-run").acquired()).isTrue();
        store.save(new Run("live-run", "test", RunStatus.RUNNING, "auto", null, now, null, 0, 0, 0, null, Map.of(),
                null));
        store.save(new Run("stale-run", "test", RunStatus.RUNNING, "auto", null, now.minusSeconds(3600), null, 0, 0,
                0, null, Map.of(), null));

        runs.recoverInterrupted();

        assertThat(runs.get("live-run").status()).isEqualTo(RunStatus.RUNNING);
        assertThat(runs.get("stale-run").status()).isEqualTo(RunStatus.INTERRUPTED);

        other.release();
        runs.recoverInterrupted(); // why: with the other instance gone, its run is one that cannot finish
        assertThat(runs.get("live-run").status()).isEqualTo(RunStatus.INTERRUPTED);
    }

    @Test
    void aScheduledTimeStartsOneRunAcrossInstancesEvenWhenTheSecondFiresAfterTheFirstFinished() {
        ScheduledRuns otherInstance = new ScheduledRuns(runs, new ScheduleSlots(mongo, clock, OTHER), settings,
                clock);
        Instant slot = Instant.parse("2031-03-04T02:00:00Z");
        long before = scheduledRunCount();

        scheduledRuns.run(slot);
        otherInstance.run(slot);
        assertThat(scheduledRunCount()).isEqualTo(before + 1);

        otherInstance.run(slot.plus(Duration.ofDays(1)));
        scheduledRuns.run(slot.plus(Duration.ofDays(1)));
        assertThat(scheduledRunCount()).isEqualTo(before + 2);
        assertThat(mongo.getCollection(ScheduleSlots.COLLECTION).countDocuments(
                new org.bson.Document("_id", slot.plus(Duration.ofDays(1)).toString()).append("holder", OTHER)))
                .isEqualTo(1);
    }

    private long scheduledRunCount() {
        return runs.page(new PageRequest(0, 1000, RunStore.NEWEST_FIRST)).content().stream()
                .filter(r -> r.trigger().equals("schedule")).count();
    }

    private RunLease otherInstance(Clock otherClock, Duration duration) {
        RunLease other = new RunLease(mongo, otherClock, duration, OTHER);
        otherLeases.add(other);
        return other;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
