package io.segmentation.runs;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Turns on scheduling; the only task, {@link ScheduledRuns}, is registered only when a cron is set. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class RunScheduling {
}
