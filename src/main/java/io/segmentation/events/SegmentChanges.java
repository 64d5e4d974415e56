package io.segmentation.events;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.segmentation.runs.Run;
import io.segmentation.runs.RunPublished;
import io.segmentation.runs.RunService;
import io.segmentation.runs.RunStatus;
import io.segmentation.segments.CustomerSegments;
import io.segmentation.segments.Publication;
import io.segmentation.segments.ResultStore;
import io.segmentation.storage.StoreDurability;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * The segment changes of each published run: computed when the run is announced ({@link RunPublished}) from the
 * run's segments and the previous published run's, both handed over in the event (the run read the previous run's
 * with the histories), stored
 * with their webhook deliveries, then read a page at a time.
 */
@Service
public class SegmentChanges {

    private static final Logger LOG = LoggerFactory.getLogger(SegmentChanges.class);

    /** How many runs' deltas are kept; older ones are removed when a run is published. */
    static final int KEPT_RUNS = 12;

    private final ResultStore results;
    private final RunService runs;
    private final ChangeStore changes;
    private final DeliveryStore deliveries;
    private final WebhookDispatcher dispatcher;
    private final Webhooks webhooks;
    private final EventSettings settings;
    private final StoreDurability durability;
    private final Clock clock;

    SegmentChanges(ResultStore results, RunService runs, ChangeStore changes, DeliveryStore deliveries,
                   WebhookDispatcher dispatcher, Webhooks webhooks, EventSettings settings,
                   StoreDurability durability, Clock clock) {
        this.results = results;
        this.runs = runs;
        this.changes = changes;
        this.deliveries = deliveries;
        this.dispatcher = dispatcher;
        this.webhooks = webhooks;
        this.settings = settings;
        this.durability = durability;
        this.clock = clock;
    }

    /**
     * Stores a published run's delta and its deliveries. Runs in the run's thread while no other run can start (so
     * the previous run's profiles are still stored), after the run is recorded COMPLETED; sending happens later, on
     * the dispatcher's thread, so a webhook never delays or fails a run.
     */
    @EventListener
    void onRunPublished(RunPublished published) {
        try {
            store(published);
        } catch (RuntimeException e) {
            // why: the run is published and recorded; other listeners (the dashboard) still get the event
            LOG.warn("Segment changes of run {} not stored: {}", published.runId(), e.toString());
        }
    }

    private void store(RunPublished published) {
        String runId = published.runId();
        if (changes.changeSet(runId).isPresent()) {
            return;
        }
        long started = System.nanoTime();
        changes.deleteRun(runId); // why: what an attempt cut short by a crash left behind
        deliveries.deleteRun(runId);
        String previous = published.previousRunId();
        if (previous == null) {
            changes.save(new ChangeSet(runId, null, 0, clock.instant(), firstRunNote(runId)));
            durability.commit();
            return;
        }
        Map<String, CustomerSegments> before = new HashMap<>();
        published.previousSegments().forEach(s -> before.put(s.customerId(), s));
        long readPrevious = System.nanoTime();
        List<String> urls = webhooks.webhooks().stream().map(w -> w.url().toString()).toList();
        DeltaWriter writer = new DeltaWriter(runId, previous, changes, deliveries, urls, settings.batchSize(),
                clock.instant());
        for (CustomerSegments after : published.segments()) {
            ChangeDetector.changes(before.remove(after.customerId()), after).forEach(writer::add);
        }
        before.keySet().stream().sorted().forEach(id -> ChangeDetector.changes(before.get(id), null).forEach(writer::add));
        long stored = writer.finish();
        long compared = System.nanoTime();
        changes.save(new ChangeSet(runId, previous, stored, clock.instant(), null));
        for (String old : changes.olderThanNewest(KEPT_RUNS)) {
            changes.deleteRun(old);
        }
        durability.commit();
        long end = System.nanoTime();
        LOG.info("Run {}: {} segment changes since run {} stored for {} webhooks in {} ms (previous run's segments"
                + " indexed in {}, compared with this run's and stored in {}, older deltas removed in {})", runId, stored,
                previous, urls.size(), (end - started) / 1_000_000, (readPrevious - started) / 1_000_000,
                (compared - readPrevious) / 1_000_000, (end - compared) / 1_000_000);
        if (!urls.isEmpty() && stored > 0) {
            dispatcher.wake();
        }
    }

    /**
     * A page of a run's changes, ordered by customer id (then the customers no longer in the data, by id).
     *
     * @param runId a run id, or null for the published run
     * @param page  0-based page
     * @param size  changes per page, >= 1
     * @throws io.segmentation.runs.UnknownRunException when no run has the id (404)
     */
    public ChangePage page(@Nullable String runId, int page, int size) {
        String run = runId != null ? runId : results.current().map(Publication::runId).orElse(null);
        if (run == null) {
            return ChangePage.empty(null, null, page, size, "No run has been published yet: changes need two"
                    + " published runs. POST /uploads or POST /runs starts one.");
        }
        Run recorded = runs.get(run);
        var set = changes.changeSet(run);
        if (set.isEmpty()) {
            return ChangePage.empty(run, null, page, size, recorded.status() != RunStatus.COMPLETED
                    ? "Run " + run + " is " + recorded.status() + ": only completed runs publish segment changes."
                    : "Run " + run + " has no stored segment changes: it was published before changes were recorded"
                    + " or more than " + KEPT_RUNS + " runs ago, or a step after its publication failed.");
        }
        ChangeSet s = set.get();
        long offset = (long) page * size;
        List<SegmentChange> content = offset >= s.changes() ? List.of() : changes.page(run, offset, size);
        return new ChangePage(run, s.previousRunId(), page, size, s.changes(), (s.changes() + size - 1) / size,
                content, ChangePage.SORT, s.note());
    }

    /**
     * Removes a customer from every stored delta and from the deliveries not yet sent (an erasure).
     *
     * @return changes removed from stored deltas
     */
    public long erase(String customerId) {
        deliveries.eraseCustomer(customerId);
        return changes.eraseCustomer(customerId);
    }

    private static String firstRunNote(String runId) {
        return "Run " + runId + " is the first published run: there is no previous run to compare with, so no customer"
                + " changed segment.";
    }
}
