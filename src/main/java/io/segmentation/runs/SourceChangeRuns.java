package io.segmentation.runs;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import io.segmentation.purchases.MongoPurchaseSources;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Starts a run after changes to the purchase sources watched with a change stream ({@code segmentation.sources[i]
 * .watch}), debounced: the first change schedules a run {@code segmentation.runs.source-debounce} later and the changes
 * until then join it. The run is skipped, as any, when the data's fingerprint did not change.
 */
@Component
class SourceChangeRuns implements DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(SourceChangeRuns.class);

    private final RunService runs;
    private final MongoPurchaseSources sources;
    private final RunSettings settings;
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "source-change-runs");
        thread.setDaemon(true);
        return thread;
    });

    SourceChangeRuns(RunService runs, MongoPurchaseSources sources, RunSettings settings) {
        this.runs = runs;
        this.sources = sources;
        this.settings = settings;
    }

    @EventListener(ApplicationReadyEvent.class)
    void watch() {
        sources.watch(this::changed);
    }

    /** A change in a watched source: schedules a run unless one is already scheduled. */
    void changed(String source) {
        if (scheduled.compareAndSet(false, true)) {
            LOG.debug("Purchase source {} changed; a run starts in {}", source, settings.sourceDebounce());
            timer.schedule(this::run, settings.sourceDebounce().toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private void run() {
        scheduled.set(false);
        try {
            Run run = runs.start(new RunRequest(null, false), "source-change");
            LOG.info("Run {} after a purchase source change: {}", run.id(), run.status());
        } catch (RunInProgressException e) {
            changed("(retry after run " + e.runningRunId() + ")"); // why: that run may have read before the change
        } catch (RuntimeException e) {
            LOG.warn("Run after a purchase source change failed: {}", e.toString());
        }
    }

    @Override
    public void destroy() {
        timer.shutdownNow();
    }
}
