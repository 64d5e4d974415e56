package io.segmentation.runs;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.concurrent.locks.ReentrantLock;

import io.segmentation.purchases.PurchaseInput;
import io.segmentation.rfm.ReferenceDate;
import io.segmentation.rfm.RfmSegmentTable;
import io.segmentation.rules.RuleSegmenter;
import io.segmentation.rules.SpendingThresholds;
import io.segmentation.segments.CustomerSegments;
import io.segmentation.segments.Publication;
import io.segmentation.segments.ResultStore;
import io.segmentation.segments.ResultWriter;
import io.segmentation.storage.MongoStartup;
import io.segmentation.storage.StoreDurability;
import io.segmentation.web.ListPage;
import io.segmentation.web.PageRequest;
import org.bson.types.ObjectId;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Runs the segmentation over every committed order, one run at a time (in this JVM by a lock, across the instances on
 * one database by the {@link RunLease}), and publishes the results in one step; a run that fails leaves the previous
 * results published.
 */
@Service
public class RunService {

    private static final Logger LOG = LoggerFactory.getLogger(RunService.class);

    /** How long runs after an upload or an erasure wait for a run in progress. */
    private static final Duration WAIT_FOR_RUN = Duration.ofMinutes(10);

    /** How often a waiting run asks whether another instance released the lease. */
    private static final Duration LEASE_POLL = Duration.ofMillis(250);

    private final RunInputs inputsReader;
    private final RunPublisher publisher;
    private final ResultStore results;
    private final ResultWriter writer;
    private final RunStore runs;
    private final StoreDurability durability;
    private final Clock clock;
    private final RunSettings settings;
    private final RuleProperties ruleProperties;
    private final SegmentationPipeline pipeline;
    private final ClusterAssignment clusters;
    private final MongoStartup startup;
    private final ApplicationEventPublisher events;
    private final RunLease lease;
    private final ReentrantLock lock = new ReentrantLock();
    private volatile @Nullable String runningRunId;
    /** The run of another instance that the holder of this JVM's lock waits for, while it waits. */
    private volatile @Nullable String awaitedRunId;
    private volatile String runningPhase = "load";
    private volatile long runStartedNanos;
    private volatile long phaseStartedNanos;
    private volatile Map<String, Long> lastCompletedPhases = Map.of();
    private final org.springframework.core.task.SimpleAsyncTaskExecutor background =
            new org.springframework.core.task.SimpleAsyncTaskExecutor("run-");

    RunService(RunInputs inputs, RunPublisher publisher, ResultStore results, ResultWriter writer, RunStore runs,
               StoreDurability durability, Clock clock, RunSettings settings, RuleProperties ruleProperties,
               ClusterAssignment clusters, MongoStartup startup, RfmSegmentTable rfmTable,
               ApplicationEventPublisher events, ClvSettings clvSettings, RunLease lease) {
        this.events = events;
        this.lease = lease;
        this.inputsReader = inputs;
        this.publisher = publisher;
        this.results = results;
        this.writer = writer;
        this.runs = runs;
        this.durability = durability;
        this.clock = clock;
        this.settings = settings;
        this.ruleProperties = ruleProperties;
        this.clusters = clusters;
        this.startup = startup;
        this.pipeline = new SegmentationPipeline(rfmTable,
                new RuleSegmenter(ruleProperties.toSettings()), clock.getZone(), clvSettings, ruleProperties.spending());
    }

    /**
     * Starts a run now, or answers 409 through {@link RunInProgressException} when one is running, in this instance
     * or in another on the same database.
     *
     * @throws IllegalArgumentException when {@code asOf} is not auto, today or an ISO date, or a rule override is
     *                                  out of range
     */
    public Run start(RunRequest request, String trigger) {
        return start(request, trigger, run -> { });
    }

    private Run start(RunRequest request, String trigger, Consumer<Run> onRecorded) {
        if (!lock.tryLock()) {
            throw inProgress();
        }
        try {
            return leased(0, () -> { }, id -> execute(id, request, trigger, false, onRecorded));
        } finally {
            runningRunId = null;
            lock.unlock();
        }
    }

    /**
     * Starts a run in the background ({@code Prefer: respond-async}): answers once the run is recorded RUNNING (or
     * SKIPPED), while it computes on its own thread; {@link #get(String)} tells its progress. Throws as
     * {@link #start(RunRequest, String)} for what is refused before a run is recorded (409, a bad {@code asOf}).
     */
    public Run startAsync(RunRequest request, String trigger) {
        CompletableFuture<Run> recorded = new CompletableFuture<>();
        background.execute(() -> {
            try {
                recorded.complete(start(request, trigger, recorded::complete));
            } catch (RuntimeException | OutOfMemoryError e) {
                // why: after the run was recorded the failure is in its record (FAILED); before, the caller hears it
                recorded.completeExceptionally(e);
            }
        });
        try {
            Run run = recorded.join();
            return run.status() == RunStatus.RUNNING ? run.withProgress(progress()) : run;
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    /** Runs after an upload, waiting (up to 10 minutes) for a run in progress to finish first. */
    public Run startAfter(String trigger) {
        return startAfter(trigger, false);
    }

    /**
     * As {@link #startAfter(String)}; with {@code freshModel} the run trains and activates a new default cluster model
     * on its customers (the demo data it was trained on is gone).
     */
    public Run startAfter(String trigger, boolean freshModel) {
        return startAfter(trigger, () -> { }, freshModel);
    }

    /**
     * Does {@code first} while no run can start, on any instance, then runs (forced) in the same hold of the lock and
     * the lease, so no run reads the data while {@code first} changes it and none publishes what it read before (an
     * erasure). Waits up to 10 minutes for a run in progress; when {@code first} throws, nothing runs and the
     * exception propagates.
     */
    public Run startAfter(String trigger, Runnable first) {
        return startAfter(trigger, first, false);
    }

    private Run startAfter(String trigger, Runnable first, boolean freshModel) {
        long deadline = System.nanoTime() + WAIT_FOR_RUN.toNanos();
        try {
            if (!lock.tryLock(WAIT_FOR_RUN.toNanos(), TimeUnit.NANOSECONDS)) {
                throw inProgress();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for run " + runningRunId, e);
        }
        try {
            return leased(deadline - System.nanoTime(), first,
                    id -> execute(id, new RunRequest(null, true), trigger, freshModel, run -> { }));
        } finally {
            runningRunId = null;
            lock.unlock();
        }
    }

    /**
     * With this JVM's lock held: takes the lease of all instances for a new run id (waiting up to {@code waitNanos}
     * for another instance's run), does {@code first}, then the run, and releases the lease. Throws the 409 naming the
     * other instance's run when the lease stays taken.
     */
    private Run leased(long waitNanos, Runnable first, Function<String, Run> run) {
        // why: before start-up work (recovery of cut-short uploads, the move of legacy orders) a run would read
        // incomplete data, and its fingerprint would make later runs skip as if nothing had changed
        startup.requireDone();
        String id = new ObjectId().toHexString();
        RunLease.Holding takenOver = acquireLease(id, System.nanoTime() + Math.max(0, waitNanos));
        try {
            if (takenOver != null && takenOver.runId() != null) {
                // why: the instance that held the lease stopped renewing it (it died), so its run cannot finish
                String deadRun = takenOver.runId();
                runs.find(deadRun).filter(r -> r.status() == RunStatus.RUNNING).ifPresent(r -> recover(r,
                        results.current().map(Publication::runId).orElse(null), "The instance running it ("
                                + takenOver.holder() + ") stopped renewing its run lease; the previous results stayed"
                                + " published."));
                durability.commit();
            }
            first.run();
            return run.apply(id);
        } finally {
            lease.release();
        }
    }

    /** Takes the lease, polling until the deadline; returns the expired lease of another instance it took over. */
    private RunLease.@Nullable Holding acquireLease(String id, long deadlineNanos) {
        for (int attempt = 1; ; attempt++) {
            RunLease.Attempt taken = lease.tryAcquire(id);
            RunLease.Holding other = taken.other();
            if (taken.acquired()) {
                return other;
            }
            if (other == null && attempt < 3) {
                continue; // why: the holder released the lease between the refused upsert and the read
            }
            String otherRun = other != null && other.runId() != null ? other.runId() : "that just finished";
            long left = deadlineNanos - System.nanoTime();
            if (left <= 0) {
                throw new RunInProgressException(otherRun);
            }
            awaitedRunId = otherRun;
            try {
                Thread.sleep(Math.max(1, Math.min(TimeUnit.NANOSECONDS.toMillis(left), LEASE_POLL.toMillis())));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for run " + otherRun, e);
            } finally {
                awaitedRunId = null;
            }
        }
    }

    /**
     * The 409 for a run that finds the lock held. The holder names itself right after taking the lock, so a caller
     * that arrives in between waits a moment for the name rather than answering with none.
     */
    private RunInProgressException inProgress() {
        for (int i = 0; i < 200; i++) {
            String running = runningRunId != null ? runningRunId : awaitedRunId;
            if (running != null) {
                return new RunInProgressException(running);
            }
            if (lock.tryLock()) { // why: the holder finished meanwhile; the caller may simply retry
                lock.unlock();
                break;
            }
            Thread.onSpinWait();
            try {
                Thread.sleep(1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        String running = runningRunId;
        return new RunInProgressException(running != null ? running : "that just finished");
    }

    /** A recorded run; a running one with its progress. Throws {@link UnknownRunException}. */
    public Run get(String id) {
        Run run = runs.find(id).orElseThrow(() -> new UnknownRunException(id));
        return run.status() == RunStatus.RUNNING && id.equals(runningRunId) ? run.withProgress(progress()) : run;
    }

    private RunProgress progress() {
        long now = System.nanoTime();
        Map<String, Long> previous = lastCompletedPhases;
        return RunProgress.estimate(runningPhase, TimeUnit.NANOSECONDS.toMillis(now - phaseStartedNanos),
                TimeUnit.NANOSECONDS.toMillis(now - runStartedNanos), previous);
    }

    /** The newest run of any status, if any run was recorded. */
    Optional<Run> newest() {
        return runs.page(new PageRequest(0, 1, RunStore.NEWEST_FIRST)).content().stream().findFirst();
    }

    /** A page of the recorded runs. */
    public ListPage<Run> page(PageRequest request) {
        return runs.page(request);
    }

    /** The newest completed run. */
    public Optional<Run> lastCompleted() {
        return runs.latest(RunStatus.COMPLETED);
    }

    private Run execute(String id, RunRequest request, String trigger, boolean freshModel,
                        Consumer<Run> onRecorded) {
        String asOfSetting = request.asOf() == null || request.asOf().isBlank() ? settings.asOf() : request.asOf().trim();
        LocalDate today = LocalDate.now(clock);
        ReferenceDate.resolve(asOfSetting, today, today); // why: reject a bad asOf before anything is recorded
        RuleOverrides overrides = request.rules();
        SegmentationPipeline runPipeline = overrides == null ? pipeline
                : pipeline.withRuleSegmenter(new RuleSegmenter(overrides.applyTo(ruleProperties)),
                overrides.setsSpendingAmounts() ? SpendingThresholds.FIXED : ruleProperties.spending());
        runningRunId = id;
        List<String> batchIds = inputsReader.committedUploads();
        String fingerprint = inputsReader.fingerprint(batchIds, asOfSetting, today, overrides);
        Instant started = clock.instant();
        Optional<Run> previous = runs.latest(RunStatus.COMPLETED);
        if (!request.forced() && previous.isPresent() && fingerprint.equals(previous.get().dataFingerprint())) {
            Run skipped = new Run(id, trigger, RunStatus.SKIPPED, asOfSetting, previous.get().asOf(), started,
                    started, batchIds.size(), 0, 0, fingerprint, Map.of(),
                    "No purchase data changed since run " + previous.get().id() + "; pass force=true to run anyway.")
                    .with(List.of(), overrides);
            LOG.info("Run {} skipped: data unchanged since run {}", id, previous.get().id());
            Run saved = runs.save(skipped);
            onRecorded.accept(saved);
            return saved;
        }
        lastCompletedPhases = previous.map(Run::phaseMillis).orElse(Map.of());
        runStartedNanos = System.nanoTime();
        enter("load");
        Run run = runs.save(new Run(id, trigger, RunStatus.RUNNING, asOfSetting, null, started, null,
                batchIds.size(), 0, 0, fingerprint, Map.of(), null).with(List.of(), overrides));
        onRecorded.accept(run);
        Map<String, Long> phases = new LinkedHashMap<>();
        List<PurchaseInput> inputs = new ArrayList<>();
        boolean live = false;
        try {
            long t = System.nanoTime();
            RunInputs.Opened opened = inputsReader.open(batchIds, inputs);
            long orderCount = opened.orderCount();
            String factsPath = opened.path();
            t = phase(phases, "load", t);
            enter("compute");

            SegmentationPipeline.Result result = runPipeline.compute(opened.orders(), asOfSetting, today);
            opened = null; // why: on the service path the orders are unreachable from here on
            result = clusters.assign(id, fingerprint, result, freshModel);
            t = phase(phases, "compute", t);
            enter("history");

            RunPublisher.Prepared prepared = publisher.carryHistory(id, result, inputsReader.currency());
            t = phase(phases, "history", t);
            enter("store");

            publisher.store(prepared);
            t = phase(phases, "store", t);
            enter("publish");

            Run completed = new Run(id, trigger, RunStatus.COMPLETED, asOfSetting, result.asOf(), started, null,
                    batchIds.size(), orderCount, result.customers().size(), fingerprint, phases, null)
                    .with(inputs, overrides).withClv(result.clv()).withSpending(result.spending())
                    .withDrift(result.drift());
            if (!lease.renew()) {
                throw new IllegalStateException("This instance lost the run lease (it was not renewed within"
                        + " segmentation.runs.lease-duration, and another instance took it over), so the run does"
                        + " not publish; run again.");
            }
            publisher.publish(prepared);
            run = completed; // why: its results are live from here on; a failure below must not delete them
            live = true;
            publisher.afterPublish(prepared);
            phase(phases, "publish", t);

            run = runs.save(completed.finish(RunStatus.COMPLETED, clock.instant(), null));
            durability.commit();
            LOG.info("Run {} completed: {} orders, {} customers, asOf {}, customer facts in the {}, phases {} ms", id,
                    orderCount, result.customers().size(), result.asOf(), factsPath, phases);
            announce(new RunPublished(id, prepared.previousRunId(), result.asOf(), result.customers().size(),
                    prepared.carried().customers().stream().map(CustomerSegments::of)
                            .sorted(java.util.Comparator.comparing(CustomerSegments::customerId)).toList(),
                    prepared.carried().previousSegments()));
            return run;
        } catch (OutOfMemoryError e) {
            // why: the run's orders are unreachable once the stack has unwound to here, so recording the failure
            // (and answering a problem instead of a dead request thread) needs little memory
            throw failed(run, live, inputs, overrides,
                    new RunOutOfMemoryException(id, Runtime.getRuntime().maxMemory(), live, e));
        } catch (RuntimeException e) {
            throw failed(run, live, inputs, overrides, e);
        }
    }

    /**
     * Records a run FAILED with the error's message and removes its partial results; returns the error. A run that
     * was already published keeps its results and is recorded COMPLETED with the error: only the steps after
     * publishing (removing old runs' results, the migration matrix) are missing, and the next run repeats them.
     */
    private RuntimeException failed(Run run, boolean published, List<PurchaseInput> inputs,
                                    @Nullable RuleOverrides overrides, RuntimeException error) {
        if (published) {
            LOG.error("Run {} is published, but a step after publishing failed: {}", run.id(), error.toString());
            runs.save(run.finish(RunStatus.COMPLETED, clock.instant(),
                    "Published, but a step after publishing failed: " + error.getMessage()));
            return error;
        }
        LOG.warn("Run {} failed: {}", run.id(), error.toString());
        writer.deleteRun(run.id());
        runs.save(run.with(inputs, overrides).finish(RunStatus.FAILED, clock.instant(), error.getMessage()));
        return error;
    }

    /** Tells listeners (aggregates, change events) about a published run; their failures never fail the run. */
    private void announce(RunPublished published) {
        try {
            events.publishEvent(published);
        } catch (RuntimeException e) {
            LOG.warn("A listener of run {} failed: {}", published.runId(), e.toString(), e);
        }
    }

    private void enter(String phase) {
        phaseStartedNanos = System.nanoTime();
        runningPhase = phase;
    }

    private static long phase(Map<String, Long> phases, String name, long startNanos) {
        long now = System.nanoTime();
        phases.put(name, TimeUnit.NANOSECONDS.toMillis(now - startNanos));
        return now;
    }

    /**
     * Marks runs left RUNNING by a stopped service as INTERRUPTED and removes their unpublished results; the run of a
     * live lease (another instance computing it) stays RUNNING.
     */
    void recoverInterrupted() {
        String published = results.current().map(Publication::runId).orElse(null);
        List<Run> running = runs.withStatus(RunStatus.RUNNING);
        // why: read after the runs, since an instance takes the lease before it records its run RUNNING: a run
        // listed above is either the lease's run (still live) or one whose instance stopped
        Optional<RunLease.Holding> live = lease.current().filter(h -> h.liveAt(clock.instant()));
        for (Run run : running) {
            if (live.isPresent() && run.id().equals(live.get().runId())) {
                LOG.info("Run {} is running on instance {}; left RUNNING", run.id(), live.get().holder());
                continue;
            }
            recover(run, published, "The service stopped while this run was computing; the previous results stayed"
                    + " published.");
        }
        durability.commit();
    }

    private void recover(Run run, @Nullable String published, String reason) {
        if (run.id().equals(published)) { // why: stopped after publishing; its results are the live ones
            runs.save(run.finish(RunStatus.COMPLETED, clock.instant(),
                    "Published; the service stopped before the steps after publishing ended."));
            LOG.warn("Run {} was published when the service stopped; marked COMPLETED", run.id());
            return;
        }
        writer.deleteRun(run.id());
        runs.save(run.finish(RunStatus.INTERRUPTED, clock.instant(), reason));
        LOG.warn("Run {} was interrupted ({}); marked INTERRUPTED", run.id(), reason);
    }
}
