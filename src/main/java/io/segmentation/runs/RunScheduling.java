package io.segmentation.runs;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Turns on {@code @Scheduled} methods; the only one, {@link ScheduledRuns}, is off unless a cron is set. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class RunScheduling {
}
