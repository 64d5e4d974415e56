package io.segmentation.dashboard;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Everything the dashboard's charts show about one run, computed once when the run is published (one small document
 * per run), so that no page view reads customers or orders.
 *
 * @param runId          the run
 * @param asOf           its reference date
 * @param computedAt     when these figures were computed
 * @param computeMillis  how long computing them took
 * @param totals         customer, order and revenue totals
 * @param grid           the 25 cells of recency score x frequency score
 * @param scatter        the seeded sample of customers for the 3D scatter
 * @param correlations   R/F/M correlation matrices
 * @param months         revenue, orders, active and new customers per calendar month, oldest first
 * @param rfmSizes       customers per RFM segment id in this run
 * @param segmentHistory RFM segment sizes in this run and the runs before it, oldest first
 * @param topCustomers   the customers with the highest monetary value, highest first (ties by customer id)
 * @param topProducts    products ranked by revenue and quantity, overall and per RFM segment; null for aggregates
 *                       computed before products were kept
 */
@Document("dashboard_aggregates")
record RunAggregates(@Id String runId, LocalDate asOf, Instant computedAt, long computeMillis, Totals totals,
                     List<GridCell> grid, ScatterSample scatter, Correlations correlations, List<MonthTrend> months,
                     Map<String, Long> rfmSizes, List<RunSegmentSizes> segmentHistory,
                     List<TopCustomer> topCustomers, @Nullable TopProducts topProducts) {

    /**
     * Products ranked from the sales kept at upload time.
     *
     * @param available false when no upload had a product column (then every list is empty)
     * @param overall   the rankings over all the run's customers
     * @param bySegment RFM segment id -> the rankings within it
     */
    record TopProducts(boolean available, ProductLists overall, Map<String, ProductLists> bySegment) {
    }

    /**
     * Two rankings of products.
     *
     * @param byRevenue  the products with the most revenue, most first (ties by product code)
     * @param byQuantity the products with the most items sold, most first (ties by product code)
     */
    record ProductLists(List<TopProduct> byRevenue, List<TopProduct> byQuantity) {
    }

    /**
     * One product's figures among the run's customers.
     *
     * @param product   product code (Online Retail: StockCode)
     * @param name      product name (Description), null when the data has none
     * @param revenue   quantity x unit price summed, in the data's currency
     * @param quantity  items sold
     * @param customers customers who bought it
     */
    @Schema(description = "A product's revenue, quantity and customers.")
    record TopProduct(@Schema(example = "85123A") String product,
                      @Schema(example = "WHITE HANGING HEART T-LIGHT HOLDER") @Nullable String name,
                      @Schema(example = "5820.75") double revenue, @Schema(example = "2113") double quantity,
                      @Schema(example = "412") long customers) {
    }

    /**
     * One of the run's most valuable customers.
     *
     * @param customerId  customer id
     * @param monetary    total spend
     * @param frequency   distinct orders
     * @param recencyDays recency in days
     * @param rfmSegment  RFM segment id
     */
    @Schema(description = "One of the customers with the highest monetary value.")
    record TopCustomer(@Schema(example = "14646") String customerId, @Schema(example = "28206.0") double monetary,
                       @Schema(example = "31") int frequency, @Schema(example = "2") long recencyDays,
                       @Schema(example = "champions") String rfmSegment) {
    }

    /**
     * Totals of a run's customers.
     *
     * @param customers         customers profiled
     * @param orders            sum of their frequency (distinct orders)
     * @param revenue           sum of their monetary value, in the data's currency
     * @param averageOrderValue revenue / orders (0 without orders)
     * @param firstPurchase     earliest first purchase, or null without customers
     * @param lastPurchase      latest last purchase (how fresh the data is), or null without customers
     */
    @Schema(description = "Customer, order and revenue totals of the published run.")
    record Totals(@Schema(example = "3546") long customers, @Schema(example = "11206") long orders,
                  @Schema(example = "575411.79") double revenue, @Schema(example = "51.35") double averageOrderValue,
                  @Schema(example = "2010-12-01") @Nullable LocalDate firstPurchase,
                  @Schema(example = "2011-12-09") @Nullable LocalDate lastPurchase) {
    }

    /**
     * One cell of the RFM grid.
     *
     * @param rScore          recency score 1-5
     * @param fScore          frequency score 1-5
     * @param customers       customers with these two scores
     * @param revenue         their monetary value summed
     * @param averageMonetary revenue / customers (0 for an empty cell)
     * @param segment         the RFM segment most of them are in (ties: the first in segment order), null when empty
     */
    @Schema(description = "Customers with one recency score and one frequency score.")
    record GridCell(@Schema(example = "5") int rScore, @Schema(example = "4") int fScore,
                    @Schema(example = "212") long customers, @Schema(example = "84213.5") double revenue,
                    @Schema(example = "397.23") double averageMonetary,
                    @Schema(example = "champions") @Nullable String segment) {
    }

    /**
     * A seeded uniform sample of customers (reservoir sampling over customer id order).
     *
     * @param population customers sampled from
     * @param sampleSize customers in the sample, at most the configured size
     * @param seed       the sampling seed
     * @param points     the sampled customers, by customer id
     */
    @Schema(description = "A seeded sample of customers for the 3D RFM scatter.")
    record ScatterSample(@Schema(example = "100000") long population, @Schema(example = "5000") int sampleSize,
                         @Schema(example = "42") long seed, List<ScatterPoint> points) {
    }

    /**
     * One sampled customer.
     *
     * @param customerId  customer id
     * @param recencyDays recency in days
     * @param frequency   distinct orders
     * @param monetary    total spend
     * @param rfmSegment  RFM segment id
     * @param cluster     cluster id, or null
     */
    @Schema(description = "One customer of the scatter sample.")
    record ScatterPoint(@Schema(example = "12347") String customerId, @Schema(example = "40") long recencyDays,
                        @Schema(example = "4") int frequency, @Schema(example = "453.0") double monetary,
                        @Schema(example = "loyal-customers") String rfmSegment,
                        @Schema(example = "cluster-1") @Nullable String cluster) {
    }

    /**
     * Pearson correlations between recency, frequency and monetary, over every customer of the run.
     *
     * @param metrics  the order of rows and columns: {@code recencyDays}, {@code frequency}, {@code monetary}
     * @param pearson  correlations of the values themselves (null where a metric has no variance)
     * @param log1p    correlations of log(1 + value), the clusters' features (null where no variance)
     */
    @Schema(description = "Pearson correlation matrices of R, F and M, raw and after log1p.")
    record Correlations(List<String> metrics, List<List<@Nullable Double>> pearson,
                        List<List<@Nullable Double>> log1p) {
    }

    /**
     * One calendar month of stored orders (uploads; MongoDB sources are not included).
     *
     * @param month           {@code yyyy-MM} in the configured zone
     * @param revenue         order amounts summed
     * @param orders          orders
     * @param activeCustomers customers with at least one order in the month
     * @param newCustomers    customers whose first order is in the month
     */
    @Schema(description = "Revenue, orders, active and new customers in one month.")
    record MonthTrend(@Schema(example = "2011-11") String month, @Schema(example = "74281.6") double revenue,
                      @Schema(example = "1601") long orders, @Schema(example = "1062") long activeCustomers,
                      @Schema(example = "121") long newCustomers) {
    }

    /**
     * RFM segment sizes in one run.
     *
     * @param runId  the run
     * @param asOf   its reference date
     * @param source {@code run}: every customer of that run (its own aggregates); {@code history}: only the customers
     *               of the published run who were in it, from their segment histories (runs before the dashboard)
     * @param sizes  customers per RFM segment id
     */
    @Schema(description = "Customers per RFM segment in one run.")
    record RunSegmentSizes(String runId, @Schema(example = "2011-12-10") LocalDate asOf,
                           @Schema(example = "run", allowableValues = {"run", "history"}) String source,
                           Map<String, Long> sizes) {
    }
}
