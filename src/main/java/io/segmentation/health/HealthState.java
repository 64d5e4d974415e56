package io.segmentation.health;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import io.segmentation.runs.Run;
import io.segmentation.runs.RunDrift;
import io.segmentation.runs.RunPublished;
import io.segmentation.runs.RunService;
import io.segmentation.storage.MongoStartup;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.health.contributor.Status;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * What {@code GET /health} reports of MongoDB and the last run, refreshed in the background (every
 * {@code segmentation.health.refresh-interval}, default 1 s, and at once when a run is published), so that a request
 * only reads a volatile snapshot; the first request before any refresh computes it itself.
 */
@Component
class HealthState implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(HealthState.class);

    /**
     * MongoDB's state and the last completed run, as of one refresh.
     *
     * @param mongoUp  whether MongoDB answered the ping and the last-run query
     * @param lastRun  the last completed run, or null
     * @param drift    its drift against its model, or null
     * @param warnings a warning per drifted feature; empty when none
     * @param startupDone whether the start-up work waiting for MongoDB had finished when it was read
     */
    record Snapshot(boolean startupDone, boolean mongoUp, ServiceHealth.@Nullable LastRun lastRun, ServiceHealth.@Nullable Drift drift,
                    List<String> warnings) {
    }

    private final MongoPing mongo;
    private final RunService runs;
    private final MongoStartup startup;
    private final long intervalMillis;
    private volatile @Nullable Snapshot snapshot;
    private volatile @Nullable ScheduledExecutorService refresher;

    HealthState(MongoPing mongo, RunService runs, MongoStartup startup,
                @Value("${segmentation.health.refresh-interval:1s}") java.time.Duration interval) {
        this.mongo = mongo;
        this.runs = runs;
        this.startup = startup;
        this.intervalMillis = Math.max(1, interval.toMillis());
    }

    /**
     * The latest snapshot; computed here only before the first refresh, and once when the start-up work has finished
     * since the last one (so that the service is UP as soon as it is).
     */
    Snapshot current() {
        Snapshot current = snapshot;
        return current != null && (current.startupDone() || !startup.isDone()) ? current : refresh();
    }

    @EventListener
    void on(RunPublished published) {
        refresh();
    }

    /** Reads MongoDB's state and the last run; serialised so that a slow refresh cannot overwrite a newer one. */
    synchronized Snapshot refresh() {
        Snapshot fresh = read();
        snapshot = fresh;
        return fresh;
    }

    private Snapshot read() {
        boolean startupDone = startup.isDone();
        if (!Status.UP.equals(mongo.health(false).getStatus())) {
            return new Snapshot(startupDone, false, null, null, List.of());
        }
        try {
            Optional<Run> last = runs.lastCompleted();
            ServiceHealth.LastRun lastRun = last.map(r -> new ServiceHealth.LastRun(r.id(),
                    r.asOf() == null ? null : r.asOf().toString(),
                    r.finishedAt() == null ? null : r.finishedAt().toString(), r.customers())).orElse(null);
            RunDrift runDrift = last.map(Run::drift).orElse(null);
            List<String> warnings = new ArrayList<>();
            ServiceHealth.Drift drift = runDrift == null ? null : drift(runDrift, warnings);
            return new Snapshot(startupDone, true, lastRun, drift, List.copyOf(warnings));
        } catch (RuntimeException e) {
            return new Snapshot(startupDone, false, null, null, List.of());
        }
    }

    /** The run's PSI per feature; a warning per drifted feature (drift never makes the service DOWN). */
    private static ServiceHealth.Drift drift(RunDrift drift, List<String> warnings) {
        Map<String, Double> psi = new LinkedHashMap<>();
        for (RunDrift.FeaturePsi feature : drift.features()) {
            psi.put(feature.input(), feature.psi());
            if (feature.drifted()) {
                warnings.add("PSI of " + feature.input() + " is " + feature.psi() + " (> "
                        + RunDrift.DRIFT_THRESHOLD + ") on run " + drift.runId() + " against model "
                        + drift.psiModel() + (drift.retrained() ? "; the run retrained the default model"
                        : ": retrain (POST /models) or set segmentation.models.retrain-on-drift"));
            }
        }
        return new ServiceHealth.Drift(drift.runId(), drift.psiModel(), drift.maxPsi(), drift.drifted(), psi);
    }

    @Override
    public void start() {
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "health-refresh");
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(this::refreshQuietly, 0, intervalMillis, TimeUnit.MILLISECONDS);
        refresher = executor;
    }

    private void refreshQuietly() {
        try {
            refresh();
        } catch (RuntimeException e) {
            LOG.debug("Health refresh failed: {}", e.toString());
        }
    }

    @Override
    public void stop() {
        ScheduledExecutorService executor = refresher;
        if (executor != null) {
            executor.shutdownNow();
        }
        refresher = null;
    }

    @Override
    public boolean isRunning() {
        return refresher != null;
    }
}
