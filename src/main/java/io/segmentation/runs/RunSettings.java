package io.segmentation.runs;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How runs choose their reference date, when they start by themselves, how long the run lease lasts and where they
 * compute each customer's facts.
 *
 * @param asOf           {@code auto} (the day after the latest purchase), {@code today}, or a fixed ISO date; a run
 *                       request's {@code asOf} overrides it
 * @param sourceDebounce how long after a watched source's change a run starts (further changes meanwhile join it)
 * @param cron           the schedule of runs (a Spring cron in {@code segmentation.zone}), {@code -} for none
 * @param leaseDuration  how long the run lease of all instances on the database lasts unless renewed (every third
 *                       of it while a run goes): after an instance dies, another may run once this has passed
 * @param customerFacts  {@code service} (read every order into the service), {@code database} (group the uploads'
 *                       orders per customer in MongoDB and stream them), or {@code auto}: database with a MongoDB
 *                       server, service on the embedded store
 * @param factsBatchSize customers per cursor batch on the database path, >= 1
 */
@ConfigurationProperties("segmentation.runs")
record RunSettings(@DefaultValue("auto") String asOf, @DefaultValue("30s") Duration sourceDebounce,
                   @DefaultValue("-") String cron, @DefaultValue("60s") Duration leaseDuration,
                   @DefaultValue("auto") CustomerFactsPath customerFacts,
                   @DefaultValue("1000") int factsBatchSize) {

    @org.springframework.boot.context.properties.bind.ConstructorBinding
    RunSettings {
        if (factsBatchSize < 1) {
            throw new IllegalArgumentException("segmentation.runs.facts-batch-size must be >= 1, was " + factsBatchSize);
        }
    }

    /** Settings with the default facts path (tests). */
    RunSettings(String asOf, Duration sourceDebounce, String cron, Duration leaseDuration) {
        this(asOf, sourceDebounce, cron, leaseDuration, CustomerFactsPath.AUTO, 1000);
    }

    /** Where a run computes each customer's facts. */
    enum CustomerFactsPath {
        /** The database with a MongoDB server, the service on the embedded store. */
        AUTO,
        /** Every order is read into the service. */
        SERVICE,
        /** The uploads' orders are grouped per customer in MongoDB and streamed. */
        DATABASE
    }
}
