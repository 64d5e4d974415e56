package io.segmentation.dashboard;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Dashboard settings.
 *
 * @param currency    ISO 4217 code shown next to amounts when the uploads do not say (an upload's currency= or its
 *                    amount header wins)
 * @param sampleSize  most customers in the 3D scatter sample
 * @param sampleSeed  seed of the scatter sample, so a run's sample is always the same
 * @param historyRuns runs kept in the segment-size history (and aggregate documents kept)
 */
@ConfigurationProperties("segmentation.dashboard")
record DashboardSettings(@DefaultValue("GBP") String currency, @DefaultValue("5000") int sampleSize,
                         @DefaultValue("42") long sampleSeed, @DefaultValue("12") int historyRuns) {
}
