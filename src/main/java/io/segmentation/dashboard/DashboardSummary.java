package io.segmentation.dashboard;

import java.time.Instant;
import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * The dashboard's header: totals of the published run, its run record and the active model.
 *
 * @param runId             the published run
 * @param asOf              its reference date
 * @param currency          ISO 4217 code of the amounts: the uploads' own, else {@code segmentation.dashboard.currency}
 * @param customers         customers profiled
 * @param orders            their distinct orders summed
 * @param revenue           their monetary value summed
 * @param averageOrderValue revenue / orders
 * @param firstPurchase     earliest purchase date in the data
 * @param lastPurchase      latest purchase date in the data (data freshness)
 * @param publishedAt       when the run was published
 * @param run               the run's status and timing, or null when its record is gone
 * @param activeModel       the default model's active version, or null when none is active
 * @param aggregatesAt      when the chart figures were computed
 */
@Schema(description = "Header figures of the dashboard: totals, reference date, last run, active model, freshness.")
record DashboardSummary(String runId, @Schema(example = "2011-12-10") LocalDate asOf,
                        @Schema(example = "GBP") String currency, @Schema(example = "3546") long customers,
                        @Schema(example = "11206") long orders, @Schema(example = "575411.79") double revenue,
                        @Schema(example = "51.35") double averageOrderValue,
                        @Schema(example = "2010-12-01") @Nullable LocalDate firstPurchase,
                        @Schema(example = "2011-12-09") @Nullable LocalDate lastPurchase, Instant publishedAt,
                        @Nullable LastRun run, @Nullable ActiveModel activeModel, Instant aggregatesAt) {

    /**
     * The published run's record.
     *
     * @param id             run id
     * @param status         its status (COMPLETED once published)
     * @param trigger        what started it
     * @param startedAt      start
     * @param finishedAt     end
     * @param durationMillis finishedAt - startedAt
     */
    @Schema(description = "The published run: status, trigger and timing.")
    record LastRun(String id, @Schema(example = "COMPLETED") String status, @Schema(example = "api") String trigger,
                   Instant startedAt, @Nullable Instant finishedAt, @Schema(example = "940") @Nullable Long durationMillis) {
    }

    /**
     * The active model of the default name.
     *
     * @param name    model name
     * @param version its active version
     * @param k       its number of clusters
     */
    @Schema(description = "The active default model.")
    record ActiveModel(@Schema(example = "default") String name, @Schema(example = "3") int version,
                       @Schema(example = "5") int k) {
    }
}
