package io.segmentation.dashboard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.SplittableRandom;

import io.segmentation.dashboard.RunAggregates.Correlations;
import io.segmentation.dashboard.RunAggregates.GridCell;
import io.segmentation.dashboard.RunAggregates.RunSegmentSizes;
import io.segmentation.dashboard.RunAggregates.ScatterPoint;
import io.segmentation.dashboard.RunAggregates.ScatterSample;
import io.segmentation.dashboard.RunAggregates.TopCustomer;
import io.segmentation.dashboard.RunAggregates.Totals;
import io.segmentation.segments.CustomerProfile;
import io.segmentation.segments.SegmentHistory;
import org.jspecify.annotations.Nullable;

/**
 * Folds a run's customer profiles, one at a time, into the dashboard's customer figures: totals, the R x F grid,
 * correlations, a seeded reservoir sample and the segment sizes of earlier runs seen in the segment histories.
 */
final class CustomerFigures {

    private static final List<String> METRICS = List.of("recencyDays", "frequency", "monetary");

    /** Customers kept in the top list. */
    static final int TOP = 20;

    /** Ascending monetary, then descending id: the weakest of a top list first. */
    private static final Comparator<TopCustomer> TOP_ORDER = Comparator.comparingDouble(TopCustomer::monetary)
            .thenComparing(TopCustomer::customerId, Comparator.reverseOrder());

    private final String runId;
    private final List<String> segmentOrder;
    private final int sampleSize;
    private final long seed;
    private final SplittableRandom random;

    private long customers;
    private long orders;
    private double revenue;
    private @Nullable LocalDate firstPurchase;
    private @Nullable LocalDate lastPurchase;
    private final long[][] cellCustomers = new long[5][5];
    private final double[][] cellRevenue = new double[5][5];
    private final List<Map<String, Long>> cellSegments = new ArrayList<>();
    private final Comoments raw = new Comoments(3);
    private final Comoments logged = new Comoments(3);
    private final List<ScatterPoint> sample = new ArrayList<>();
    /** The best {@value #TOP} so far, weakest first. */
    private final PriorityQueue<TopCustomer> top = new PriorityQueue<>(TOP_ORDER);
    private final Map<String, Long> rfmSizes = new LinkedHashMap<>();
    private final Map<String, LocalDate> historyDates = new HashMap<>();
    private final Map<String, Integer> historyAge = new HashMap<>();
    private final Map<String, Map<String, Long>> historySizes = new HashMap<>();

    /**
     * @param runId        the run the profiles belong to (left out of the histories, it is counted exactly)
     * @param segmentOrder RFM segment ids in display order (breaks ties of a cell's main segment)
     */
    CustomerFigures(String runId, List<String> segmentOrder, int sampleSize, long seed) {
        this.runId = runId;
        this.segmentOrder = segmentOrder;
        this.sampleSize = sampleSize;
        this.seed = seed;
        this.random = new SplittableRandom(seed);
        for (int i = 0; i < 25; i++) {
            cellSegments.add(new HashMap<>());
        }
        segmentOrder.forEach(id -> rfmSizes.put(id, 0L));
    }

    void add(CustomerProfile c) {
        customers++;
        orders += c.frequency();
        revenue += c.monetary();
        firstPurchase = firstPurchase == null || c.firstPurchase().isBefore(firstPurchase) ? c.firstPurchase() : firstPurchase;
        lastPurchase = lastPurchase == null || c.lastPurchase().isAfter(lastPurchase) ? c.lastPurchase() : lastPurchase;
        int r = clamp(c.rScore()) - 1;
        int f = clamp(c.fScore()) - 1;
        cellCustomers[r][f]++;
        cellRevenue[r][f] += c.monetary();
        cellSegments.get(r * 5 + f).merge(c.rfmSegment(), 1L, Long::sum);
        raw.add(c.recencyDays(), c.frequency(), c.monetary());
        logged.add(Math.log1p(c.recencyDays()), Math.log1p(c.frequency()), Math.log1p(c.monetary()));
        rfmSizes.merge(c.rfmSegment(), 1L, Long::sum);
        sample(new ScatterPoint(c.customerId(), c.recencyDays(), c.frequency(), c.monetary(), c.rfmSegment(),
                c.cluster()));
        top.add(new TopCustomer(c.customerId(), c.monetary(), c.frequency(), c.recencyDays(), c.rfmSegment()));
        if (top.size() > TOP) {
            top.poll();
        }
        List<SegmentHistory.Entry> history = c.segmentHistory();
        if (history != null) {
            for (int i = 0; i < history.size(); i++) {
                SegmentHistory.Entry e = history.get(i);
                if (!e.runId().equals(runId)) {
                    historyDates.putIfAbsent(e.runId(), e.asOf());
                    historyAge.merge(e.runId(), i, Math::max);
                    historySizes.computeIfAbsent(e.runId(), k -> new HashMap<>()).merge(e.rfmSegment(), 1L, Long::sum);
                }
            }
        }
    }

    /** Reservoir sampling (algorithm R): after n customers, each of them is in the sample with equal chance. */
    private void sample(ScatterPoint point) {
        if (sample.size() < sampleSize) {
            sample.add(point);
        } else {
            long j = random.nextLong(customers);
            if (j < sampleSize) {
                sample.set((int) j, point);
            }
        }
    }

    /** Rounds an amount to 1/10,000 of the currency unit: removes the noise of summing binary fractions. */
    static double round(double amount) {
        return Math.round(amount * 10_000) / 10_000.0;
    }

    private static int clamp(int score) {
        return Math.max(1, Math.min(5, score));
    }

    Totals totals() {
        return new Totals(customers, orders, round(revenue), orders == 0 ? 0 : round(revenue / orders), firstPurchase,
                lastPurchase);
    }

    /** The 25 cells, by recency score then frequency score. */
    List<GridCell> grid() {
        List<GridCell> cells = new ArrayList<>(25);
        for (int r = 0; r < 5; r++) {
            for (int f = 0; f < 5; f++) {
                long n = cellCustomers[r][f];
                cells.add(new GridCell(r + 1, f + 1, n, round(cellRevenue[r][f]), n == 0 ? 0 : round(cellRevenue[r][f] / n),
                        mainSegment(cellSegments.get(r * 5 + f))));
            }
        }
        return cells;
    }

    private @Nullable String mainSegment(Map<String, Long> counts) {
        return counts.entrySet().stream()
                .max(Comparator.<Map.Entry<String, Long>>comparingLong(Map.Entry::getValue)
                        .thenComparing(e -> -position(e.getKey())))
                .map(Map.Entry::getKey).orElse(null);
    }

    private int position(String segment) {
        int i = segmentOrder.indexOf(segment);
        return i < 0 ? Integer.MAX_VALUE : i;
    }

    ScatterSample scatter() {
        List<ScatterPoint> points = new ArrayList<>(sample);
        points.sort(Comparator.comparing(ScatterPoint::customerId));
        return new ScatterSample(customers, points.size(), seed, points);
    }

    Correlations correlations() {
        return new Correlations(METRICS, raw.correlations(), logged.correlations());
    }

    /** The highest monetary values, highest first. */
    List<TopCustomer> topCustomers() {
        List<TopCustomer> best = new ArrayList<>(top);
        best.sort(TOP_ORDER.reversed());
        return best;
    }

    Map<String, Long> rfmSizes() {
        return rfmSizes;
    }

    /**
     * Sizes of the earlier runs in the customers' histories (source {@code history}), oldest first: histories are
     * newest first, so a run found deeper in some history is older.
     */
    List<RunSegmentSizes> earlierRuns() {
        List<String> runs = new ArrayList<>(historySizes.keySet());
        runs.sort(Comparator.<String>comparingInt(historyAge::get).reversed()
                .thenComparing(historyDates::get).thenComparing(Comparator.naturalOrder()));
        return runs.stream().map(run -> new RunSegmentSizes(run, historyDates.get(run), "history",
                historySizes.get(run))).toList();
    }
}
