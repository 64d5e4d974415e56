package io.segmentation.runs;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Starts a run on the {@code segmentation.runs.cron} schedule (off by default: {@code -}); the run is recorded as
 * SKIPPED when no purchase data (uploads or sources) changed since the last completed run.
 */
@Component
class ScheduledRuns {

    private static final Logger LOG = LoggerFactory.getLogger(ScheduledRuns.class);

    private final RunService service;

    ScheduledRuns(RunService service) {
        this.service = service;
    }

    @Scheduled(cron = "${segmentation.runs.cron:-}", zone = "${segmentation.zone:UTC}")
    void run() {
        try {
            Run run = service.start(new RunRequest(null, false), "schedule");
            LOG.debug("Scheduled run {}: {}", run.id(), run.status());
        } catch (RunInProgressException e) {
            LOG.info("Scheduled run not started: run {} is still running", e.runningRunId());
        } catch (RuntimeException e) {
            LOG.warn("Scheduled run failed: {}", e.toString());
        }
    }
}
