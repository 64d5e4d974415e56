package io.segmentation.runs;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How runs choose their reference date, when they start by themselves and how long the run lease lasts.
 *
 * @param asOf           {@code auto} (the day after the latest purchase), {@code today}, or a fixed ISO date; a run
 *                       request's {@code asOf} overrides it
 * @param sourceDebounce how long after a watched source's change a run starts (further changes meanwhile join it)
 * @param cron           the schedule of runs (a Spring cron in {@code segmentation.zone}), {@code -} for none
 * @param leaseDuration  how long the run lease of all instances on the database lasts unless renewed (every third
 *                       of it while a run goes): after an instance dies, another may run once this has passed
 */
@ConfigurationProperties("segmentation.runs")
record RunSettings(@DefaultValue("auto") String asOf, @DefaultValue("30s") Duration sourceDebounce,
                   @DefaultValue("-") String cron, @DefaultValue("60s") Duration leaseDuration) {
}
