package io.segmentation.runs;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.springframework.scheduling.support.CronTrigger;
import org.springframework.scheduling.support.SimpleTriggerContext;

import static org.assertj.core.api.Assertions.assertThat;

/** The slot a scheduled run claims is the cron's time, not the moment its thread runs. */
class SlotTriggerTests {

    @Test
    void theSlotIsTheTimeTheCronScheduledWhateverTheClockSaysWhenTheTaskRuns() {
        Instant now = Instant.parse("2026-12-01T23:59:58.731Z");
        var trigger = new ScheduledRuns.SlotTrigger(new CronTrigger("0 0 2 * * *", ZoneOffset.UTC));
        assertThat(trigger.slot()).isNull();

        Instant next = trigger.nextExecution(new SimpleTriggerContext(Clock.fixed(now, ZoneOffset.UTC)));

        assertThat(next).isEqualTo(Instant.parse("2026-12-02T02:00:00Z"));
        assertThat(trigger.slot()).isEqualTo(next);
    }
}
