package io.segmentation.dashboard;

import java.util.List;
import java.util.Map;

import io.segmentation.web.ProblemResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The figures behind the dashboard's charts, read from the published run's stored aggregates. */
@RestController
@Tag(name = "Dashboard", description = "Aggregates of the published run behind the dashboard at / (computed once per"
        + " run and stored; 404 no-published-run before the first run).")
class DashboardController {

    private final AggregateService aggregates;
    private final SummaryAssembler summaries;
    private final DashboardSettings settings;

    DashboardController(AggregateService aggregates, SummaryAssembler summaries, DashboardSettings settings) {
        this.aggregates = aggregates;
        this.summaries = summaries;
        this.settings = settings;
    }

    @GetMapping("/dashboard/summary")
    @Operation(operationId = "getDashboardSummary", summary = "Header figures: customers, orders, revenue, last run",
            description = "Customers, orders (sum of frequency), revenue (sum of monetary) and average order value of"
                    + " the published run, with the currency, reference date, data freshness (last purchase), the"
                    + " run's record and the active default model.")
    @ProblemResponse(status = 404, type = "no-published-run", title = "No published run",
            detail = "No run has been published yet, so there is nothing to chart: upload a purchase file (POST "
                    + "/uploads) or start a run over stored purchases (POST /runs).")
    DashboardSummary summary() {
        return summaries.summary();
    }

    @GetMapping("/dashboard/rfm-grid")
    @Operation(operationId = "getRfmGrid", summary = "RFM grid: recency score x frequency score",
            description = "25 cells with customers, revenue, average monetary value and the RFM segment most of the"
                    + " cell's customers are in (to draw segment boundaries).")
    @ProblemResponse(status = 404, type = "no-published-run", title = "No published run",
            detail = "No run has been published yet, so there is nothing to chart: upload a purchase file (POST "
                    + "/uploads) or start a run over stored purchases (POST /runs).")
    DashboardViews.RfmGrid grid() {
        RunAggregates a = aggregates.current();
        return new DashboardViews.RfmGrid(a.runId(), a.asOf(), a.grid());
    }

    @GetMapping("/dashboard/scatter")
    @Operation(operationId = "getRfmScatter", summary = "A seeded sample of customers for the 3D RFM scatter",
            description = "Uniform reservoir sample over customer id order with a fixed seed"
                    + " (segmentation.dashboard.sample-size, default 5,000; sample-seed, default 42): the same run"
                    + " always gives the same sample. population and sampleSize say how many were sampled from and kept.")
    @ProblemResponse(status = 404, type = "no-published-run", title = "No published run",
            detail = "No run has been published yet, so there is nothing to chart: upload a purchase file (POST "
                    + "/uploads) or start a run over stored purchases (POST /runs).")
    DashboardViews.Scatter scatter() {
        RunAggregates a = aggregates.current();
        RunAggregates.ScatterSample s = a.scatter();
        return new DashboardViews.Scatter(a.runId(), s.population(), s.sampleSize(), s.seed(), s.points());
    }

    @GetMapping("/dashboard/correlations")
    @Operation(operationId = "getRfmCorrelations", summary = "Correlation matrix of recency, frequency and monetary",
            description = "Pearson correlations over every customer of the published run, of the values and of"
                    + " log(1 + value) (the clusters' features); null where a metric has no variance.")
    @ProblemResponse(status = 404, type = "no-published-run", title = "No published run",
            detail = "No run has been published yet, so there is nothing to chart: upload a purchase file (POST "
                    + "/uploads) or start a run over stored purchases (POST /runs).")
    DashboardViews.Correlations correlations() {
        RunAggregates a = aggregates.current();
        return new DashboardViews.Correlations(a.runId(), a.correlations().metrics(), a.correlations().pearson(),
                a.correlations().log1p());
    }

    @GetMapping("/dashboard/trends")
    @Operation(operationId = "getTrends", summary = "Monthly trends and RFM segment sizes across runs",
            description = "Revenue, orders, active customers and new customers (first order ever) per calendar month"
                    + " (segmentation.zone) of the stored uploads' orders (MongoDB sources are not included), and the"
                    + " RFM segment sizes of the last runs (source run: every customer of that run; history: the"
                    + " published run's customers by their segment history, for runs before the dashboard).")
    @ProblemResponse(status = 404, type = "no-published-run", title = "No published run",
            detail = "No run has been published yet, so there is nothing to chart: upload a purchase file (POST "
                    + "/uploads) or start a run over stored purchases (POST /runs).")
    DashboardViews.Trends trends() {
        RunAggregates a = aggregates.current();
        String currency = aggregates.publication().currency();
        return new DashboardViews.Trends(a.runId(), currency != null ? currency : settings.currency(), a.months(),
                a.segmentHistory());
    }

    @GetMapping("/dashboard/top-customers")
    @Operation(operationId = "getTopCustomers", summary = "The 20 customers with the highest monetary value",
            description = "Highest monetary value first, ties by customer id.")
    @ProblemResponse(status = 404, type = "no-published-run", title = "No published run",
            detail = "No run has been published yet, so there is nothing to chart: upload a purchase file (POST "
                    + "/uploads) or start a run over stored purchases (POST /runs).")
    DashboardViews.TopCustomers topCustomers() {
        RunAggregates a = aggregates.current();
        return new DashboardViews.TopCustomers(a.runId(), a.topCustomers());
    }

    @GetMapping("/dashboard/top-products")
    @Operation(operationId = "getTopProducts", summary = "The top 10 products by revenue and by quantity",
            description = "Over the published run's customers, or those of one RFM segment (segment=champions), from"
                    + " the customer-product totals kept when each upload was stored (uploads with a product column:"
                    + " StockCode, SKU, Product_ID, ...; its name from Description or Product_Name). Revenue is"
                    + " quantity x unit price of the clean lines. available is false when no upload has products.")
    @ProblemResponse(status = 404, type = "no-published-run", title = "No published run",
            detail = "No run has been published yet, so there is nothing to chart: upload a purchase file (POST "
                    + "/uploads) or start a run over stored purchases (POST /runs).")
    @ProblemResponse(status = 404, type = "not-found", title = "Not found",
            detail = "No RFM segment 'champignons'; send one of champions, loyal-customers, ...")
    DashboardViews.TopProducts topProducts(@Parameter(description = "an RFM segment id", example = "champions")
                                           @RequestParam(required = false) @Nullable String segment) {
        RunAggregates a = aggregates.current();
        String currency = aggregates.publication().currency();
        RunAggregates.TopProducts products = a.topProducts() != null ? a.topProducts()
                : new RunAggregates.TopProducts(false, new RunAggregates.ProductLists(List.of(), List.of()), Map.of());
        RunAggregates.ProductLists lists = products.overall();
        if (segment != null) {
            if (!a.rfmSizes().containsKey(segment)) {
                throw new UnknownRfmSegmentException(segment, a.rfmSizes().keySet());
            }
            lists = products.bySegment().getOrDefault(segment, new RunAggregates.ProductLists(List.of(), List.of()));
        }
        return new DashboardViews.TopProducts(a.runId(), currency != null ? currency : settings.currency(), segment,
                products.available(), lists.byRevenue(), lists.byQuantity(), List.copyOf(products.bySegment().keySet()));
    }
}
