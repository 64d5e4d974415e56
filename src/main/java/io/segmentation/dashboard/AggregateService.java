package io.segmentation.dashboard;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import io.segmentation.runs.RunPublished;
import io.segmentation.segments.CustomerSort;
import io.segmentation.segments.Publication;
import io.segmentation.segments.ResultStore;
import io.segmentation.segments.SegmentService;
import jakarta.annotation.PreDestroy;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * Keeps the published run's aggregates: computed in the background when a run is published ({@link RunPublished}),
 * stored, and kept in memory, so a page view costs one read of the publication pointer. A request that arrives while
 * they are being computed waits for them; a run published before the dashboard existed is computed on first request.
 */
@Service
class AggregateService {

    private static final Logger LOG = LoggerFactory.getLogger(AggregateService.class);

    /** The table's orders whose first pages are prepared with the aggregates (the id cache holds about five runs' lists). */
    static final List<CustomerSort> PREPARED_SORTS = List.of(CustomerSort.parse("monetary,desc"),
            CustomerSort.parse("recencyDays,asc"), CustomerSort.parse("frequency,desc"));

    private final ResultStore results;
    private final SegmentService segments;
    private final AggregateStore store;
    private final AggregateCalculator calculator;
    private final DashboardSettings settings;
    private final ThreadPoolExecutor executor = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(), r -> {
                Thread thread = new Thread(r, "dashboard-aggregates");
                thread.setDaemon(true);
                return thread;
            });
    private final Map<String, CompletableFuture<RunAggregates>> computing = new ConcurrentHashMap<>();
    private volatile @Nullable RunAggregates latest;

    AggregateService(ResultStore results, SegmentService segments, AggregateStore store,
                     AggregateCalculator calculator, DashboardSettings settings) {
        this.results = results;
        this.segments = segments;
        this.store = store;
        this.calculator = calculator;
        this.settings = settings;
    }

    @EventListener
    void onRunPublished(RunPublished published) {
        results.current().filter(p -> p.runId().equals(published.runId())).ifPresent(this::computeInBackground);
    }

    /** The published run's publication pointer; throws {@link NoPublishedRunException} before the first run. */
    Publication publication() {
        return results.current().orElseThrow(NoPublishedRunException::new);
    }

    /** The aggregates of the published run; throws {@link NoPublishedRunException} before the first run. */
    RunAggregates current() {
        Publication published = publication();
        RunAggregates kept = latest;
        if (kept != null && kept.runId().equals(published.runId())) {
            return kept;
        }
        CompletableFuture<RunAggregates> inFlight = computing.get(published.runId());
        if (inFlight == null) {
            Optional<RunAggregates> stored = store.find(published.runId());
            if (stored.isPresent()) {
                latest = stored.get();
                return stored.get();
            }
            inFlight = computeInBackground(published);
        }
        try {
            return inFlight.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    private CompletableFuture<RunAggregates> computeInBackground(Publication published) {
        return computing.computeIfAbsent(published.runId(), runId -> CompletableFuture.supplyAsync(() -> {
            try {
                RunAggregates aggregates = calculator.compute(published);
                if (results.current().filter(p -> p.runId().equals(runId)).isEmpty()) {
                    // why: the profiles are read through the publication; a run published meanwhile may have mixed in
                    LOG.info("Run {} was replaced while its dashboard aggregates were computed; not kept", runId);
                    return aggregates;
                }
                store.save(aggregates, settings.historyRuns());
                latest = aggregates;
                LOG.info("Dashboard aggregates of run {}: {} customers, {} months, in {} ms", runId,
                        aggregates.totals().customers(), aggregates.months().size(), aggregates.computeMillis());
                preparePages(runId);
                return aggregates;
            } catch (RuntimeException e) {
                LOG.warn("Dashboard aggregates of run {} failed: {}", runId, e.toString());
                throw e;
            } finally {
                computing.remove(runId);
            }
        }, executor));
    }

    /** Prepares the customers table's first pages (sorted, and per segment of every scheme): a failure costs only speed. */
    private void preparePages(String runId) {
        long start = System.nanoTime();
        try {
            segments.preparePagesOfEverySegment(PREPARED_SORTS);
            LOG.info("Customer pages of run {} prepared in {} ms", runId, (System.nanoTime() - start) / 1_000_000);
        } catch (RuntimeException e) {
            LOG.warn("Customer pages of run {} not prepared: {}", runId, e.toString());
        }
    }

    /** Whether no aggregates are being computed or pages prepared (for benchmarks). */
    boolean idle() {
        return executor.getActiveCount() == 0 && executor.getQueue().isEmpty();
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
