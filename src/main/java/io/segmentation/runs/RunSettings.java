package io.segmentation.runs;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How runs choose their reference date.
 *
 * @param asOf           {@code auto} (the day after the latest purchase), {@code today}, or a fixed ISO date; a run
 *                       request's {@code asOf} overrides it
 * @param sourceDebounce how long after a watched source's change a run starts (further changes meanwhile join it)
 */
@ConfigurationProperties("segmentation.runs")
record RunSettings(@DefaultValue("auto") String asOf, @DefaultValue("30s") java.time.Duration sourceDebounce) {
}
