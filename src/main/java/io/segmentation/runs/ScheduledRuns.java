package io.segmentation.runs;

import java.time.Clock;
import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.Trigger;
import org.springframework.scheduling.TriggerContext;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.scheduling.support.CronTrigger;
import org.springframework.stereotype.Component;

/**
 * Starts a run on the {@code segmentation.runs.cron} schedule (off by default: {@code -}), once per scheduled time
 * across the instances on one database (the first to claim the time in {@link ScheduleSlots} starts it); the run is
 * recorded as SKIPPED when no purchase data (uploads or sources) changed since the last completed run.
 */
@Component
class ScheduledRuns implements SchedulingConfigurer {

    private static final Logger LOG = LoggerFactory.getLogger(ScheduledRuns.class);

    private final RunService service;
    private final ScheduleSlots slots;
    private final RunSettings settings;
    private final Clock clock;

    ScheduledRuns(RunService service, ScheduleSlots slots, RunSettings settings, Clock clock) {
        this.service = service;
        this.slots = slots;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        if ("-".equals(settings.cron().trim())) {
            return;
        }
        SlotTrigger trigger = new SlotTrigger(new CronTrigger(settings.cron().trim(), clock.getZone()));
        registrar.addTriggerTask(() -> run(trigger.slot()), trigger);
    }

    /** Starts the run of one scheduled time unless another instance claimed that time first. */
    void run(@Nullable Instant slot) {
        try {
            if (slot != null && !slots.claim(slot)) {
                LOG.debug("Scheduled run of {} not started here: another instance started it", slot);
                return;
            }
            Run run = service.start(new RunRequest(null, false), "schedule");
            LOG.debug("Scheduled run {}: {}", run.id(), run.status());
        } catch (RunInProgressException e) {
            LOG.info("Scheduled run not started: run {} is still running", e.runningRunId());
        } catch (RuntimeException e) {
            LOG.warn("Scheduled run failed: {}", e.toString());
        }
    }

    /**
     * A cron trigger that remembers the time it last scheduled, which the task it fires reads: the cron's own time,
     * not the moment the thread got to it, so every instance names the same slot.
     */
    static final class SlotTrigger implements Trigger {

        private final Trigger cron;
        private volatile @Nullable Instant scheduled;

        SlotTrigger(Trigger cron) {
            this.cron = cron;
        }

        @Override
        public @Nullable Instant nextExecution(TriggerContext context) {
            Instant next = cron.nextExecution(context);
            scheduled = next;
            return next;
        }

        /** The time of the execution in progress (the last one handed out), null before the first. */
        @Nullable Instant slot() {
            return scheduled;
        }
    }
}
