package io.segmentation.dashboard;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.segmentation.dashboard.RunAggregates.RunSegmentSizes;
import io.segmentation.purchases.CommittedBatches;
import io.segmentation.purchases.OrderStore;
import io.segmentation.rfm.RfmSegmentRule;
import io.segmentation.rfm.RfmSegmentTable;
import io.segmentation.segments.Publication;
import io.segmentation.segments.SegmentService;
import org.springframework.stereotype.Component;

/**
 * Computes a published run's aggregates in two passes: the run's customer profiles (a page at a time) and the
 * committed uploads' orders (a bucket at a time); memory holds the figures, the sample and one index per customer.
 */
@Component
class AggregateCalculator {

    /** Products per ranking. */
    static final int TOP_PRODUCTS = 10;

    private final SegmentService segments;
    private final OrderStore orders;
    private final CommittedBatches batches;
    private final AggregateStore store;
    private final DashboardSettings settings;
    private final List<String> segmentOrder;
    private final Clock clock;

    AggregateCalculator(SegmentService segments, OrderStore orders, CommittedBatches batches, AggregateStore store,
                        DashboardSettings settings, RfmSegmentTable rfmTable, Clock clock) {
        this.segments = segments;
        this.orders = orders;
        this.batches = batches;
        this.store = store;
        this.settings = settings;
        this.segmentOrder = rfmTable.rules().stream().map(RfmSegmentRule::id).toList();
        this.clock = clock;
    }

    /** The aggregates of the given published run. */
    RunAggregates compute(Publication published) {
        long start = System.nanoTime();
        var figures = new CustomerFigures(published.runId(), segmentOrder, settings.sampleSize(), settings.sampleSeed());
        Map<String, String> segmentOf = new HashMap<>();
        segments.forEachCustomer(null, c -> {
            figures.add(c);
            segmentOf.put(c.customerId(), c.rfmSegment());
        });
        List<String> committed = batches.ids();
        var trends = new MonthlyTrends(clock.getZone());
        orders.forEachIn(committed, trends::add);
        var products = new ProductRanking(segmentOf, TOP_PRODUCTS);
        orders.forEachProductSale(committed, products::add, products.names());
        List<RunSegmentSizes> history = new ArrayList<>();
        for (RunSegmentSizes earlier : figures.earlierRuns()) {
            // why: a run that has its own aggregates is counted whole; histories know only today's customers
            history.add(store.find(earlier.runId())
                    .map(a -> new RunSegmentSizes(a.runId(), a.asOf(), "run", a.rfmSizes()))
                    .orElse(earlier));
        }
        history.add(new RunSegmentSizes(published.runId(), published.asOf(), "run", figures.rfmSizes()));
        List<RunSegmentSizes> lastRuns = history.subList(Math.max(0, history.size() - settings.historyRuns()),
                history.size());
        return new RunAggregates(published.runId(), published.asOf(), Instant.now(clock),
                (System.nanoTime() - start) / 1_000_000, figures.totals(), figures.grid(), figures.scatter(),
                figures.correlations(), trends.months(), figures.rfmSizes(), List.copyOf(lastRuns),
                figures.topCustomers(), products.result());
    }
}
