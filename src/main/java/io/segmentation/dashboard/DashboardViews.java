package io.segmentation.dashboard;

import java.time.LocalDate;
import java.util.List;

import io.segmentation.dashboard.RunAggregates.GridCell;
import io.segmentation.dashboard.RunAggregates.MonthTrend;
import io.segmentation.dashboard.RunAggregates.RunSegmentSizes;
import io.segmentation.dashboard.RunAggregates.ScatterPoint;
import io.segmentation.dashboard.RunAggregates.TopCustomer;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/** The answers of the {@code /dashboard/...} endpoints: parts of a run's {@link RunAggregates}, with the run's id. */
final class DashboardViews {

    private DashboardViews() {
    }

    /**
     * The RFM grid: customers and average monetary value per recency score x frequency score.
     *
     * @param runId the published run
     * @param asOf  its reference date
     * @param cells 25 cells, by rScore then fScore
     */
    @Schema(description = "Recency score x frequency score: customers, revenue and average monetary value per cell.")
    record RfmGrid(String runId, LocalDate asOf, List<GridCell> cells) {
    }

    /**
     * The 3D scatter sample.
     *
     * @param runId      the published run
     * @param population customers sampled from
     * @param sampleSize customers in the sample
     * @param seed       sampling seed
     * @param points     the sample, by customer id
     */
    @Schema(description = "A seeded sample of at most 5,000 customers (by default) for the 3D RFM scatter.")
    record Scatter(String runId, @Schema(example = "100000") long population, @Schema(example = "5000") int sampleSize,
                   @Schema(example = "42") long seed, List<ScatterPoint> points) {
    }

    /**
     * R/F/M correlation matrices over every customer.
     *
     * @param runId   the published run
     * @param metrics rows and columns: recencyDays, frequency, monetary
     * @param pearson Pearson correlations of the values (null where a metric has no variance)
     * @param log1p   Pearson correlations of log(1 + value)
     */
    @Schema(description = "Pearson correlations of recency, frequency and monetary, raw and after log1p.")
    record Correlations(String runId, List<String> metrics, List<List<@Nullable Double>> pearson,
                        List<List<@Nullable Double>> log1p) {
    }

    /**
     * Trends over time.
     *
     * @param runId          the published run
     * @param currency       ISO 4217 code of revenue
     * @param months         per calendar month of the stored orders, oldest first
     * @param segmentHistory RFM segment sizes across the last runs, oldest first, the published run last
     */
    @Schema(description = "Revenue, orders, active and new customers per month; RFM segment sizes across runs.")
    record Trends(String runId, @Schema(example = "GBP") String currency, List<MonthTrend> months,
                  List<RunSegmentSizes> segmentHistory) {
    }

    /**
     * The most valuable customers.
     *
     * @param runId     the published run
     * @param customers highest monetary value first
     */
    @Schema(description = "The 20 customers with the highest monetary value in the published run.")
    record TopCustomers(String runId, List<TopCustomer> customers) {
    }

    /**
     * The products with the most revenue and the most items sold, of all customers or of one RFM segment.
     *
     * @param runId      the published run
     * @param currency   the data's currency (revenue's unit)
     * @param segment    the RFM segment id asked for, or null for all customers
     * @param available  false when no stored upload has a product column (StockCode, SKU, Product_ID, ...)
     * @param byRevenue  the 10 products with the most revenue, most first
     * @param byQuantity the 10 products with the most items sold, most first
     * @param segments   the RFM segments that have product figures
     */
    @Schema(description = "The 10 products with the most revenue and the 10 with the most items sold.")
    record TopProducts(String runId, String currency, @Nullable String segment, boolean available,
                       List<RunAggregates.TopProduct> byRevenue, List<RunAggregates.TopProduct> byQuantity,
                       List<String> segments) {
    }
}
