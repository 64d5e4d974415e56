package io.segmentation.segments;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import io.segmentation.rfm.RfmSegmentRule;
import io.segmentation.rfm.RfmSegmentTable;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Carries every customer's RFM segment from run to run and counts the moves between runs.
 *
 * <p>Storage: each customer profile carries its {@code previousRfmSegment} and a {@code segmentHistory} of at most
 * {@value #MAX_RUNS} runs (copied from the previous run's profile and extended); the matrix from the previous run
 * to a new one is counted while the new run is stored and kept in {@code migrations}. A pair of runs without a
 * stored matrix is counted from the histories of the published run's customers.
 */
@Service
public class SegmentHistory {

    /** How many runs a customer's segment history keeps. */
    public static final int MAX_RUNS = 12;


    private final List<String> rfmOrder;
    private final ResultStore results;
    private final MigrationStore migrations;

    SegmentHistory(ResultStore results, MigrationStore migrations, RfmSegmentTable rfmTable) {
        this.rfmOrder = rfmTable.rules().stream().map(RfmSegmentRule::id).toList();
        this.results = results;
        this.migrations = migrations;
    }

    /**
     * One run in a customer's history.
     *
     * @param runId      the run
     * @param asOf       its reference date
     * @param rfmSegment the customer's RFM segment id in it
     * @param monetary   the customer's monetary value in it
     */
    @Schema(description = "The customer's RFM segment in one run.")
    public record Entry(String runId, @Schema(example = "2011-12-10") LocalDate asOf,
                        @Schema(example = "champions") String rfmSegment, @Schema(example = "4310.0") double monetary) {
    }

    /**
     * A new run's profiles with their history, and the matrix from the previous run (null when there was none).
     *
     * @param customers the profiles, in the order given
     * @param migration the moves from the previous run, or null
     */
    public record Carried(List<CustomerProfile> customers, @Nullable MigrationMatrix migration) {
    }

    /**
     * Adds each customer's previous segment and history, read from the previous run's stored profiles.
     *
     * @param previousRunId the run published before this one, or null
     * @param previousAsOf  its reference date, or null
     */
    public Carried carry(@Nullable String previousRunId, @Nullable LocalDate previousAsOf, String runId, LocalDate asOf,
                         List<CustomerProfile> customers) {
        Map<String, StoredHistory> previous = new HashMap<>();
        if (previousRunId != null) {
            results.forEachHistory(previousRunId, h -> previous.put(h.customerId(), h));
        }
        Counter counter = new Counter(rfmOrder);
        List<CustomerProfile> carried = new ArrayList<>(customers.size());
        for (CustomerProfile c : customers) {
            StoredHistory before = previous.remove(c.customerId());
            List<Entry> history = new ArrayList<>(MAX_RUNS);
            history.add(new Entry(runId, asOf, c.rfmSegment(), c.monetary()));
            if (before != null) {
                List<Entry> older = before.segmentHistory() != null ? before.segmentHistory()
                        : List.of(new Entry(previousRunId, previousAsOf, before.rfmSegment(), before.monetary()));
                for (int i = 0; i < older.size() && history.size() < MAX_RUNS; i++) {
                    history.add(older.get(i));
                }
                counter.add(before.rfmSegment(), c.rfmSegment(), c.monetary(), before.monetary());
            } else {
                counter.newCustomers++;
            }
            carried.add(c.withHistory(before == null ? null : before.rfmSegment(), List.copyOf(history)));
        }
        MigrationMatrix matrix = previousRunId == null ? null
                : counter.matrix(previousRunId, runId, previousAsOf, asOf, "run", (long) previous.size());
        return new Carried(carried, matrix);
    }

    /** Keeps a completed run's matrix. */
    public void save(MigrationMatrix matrix) {
        migrations.save(matrix);
    }

    /**
     * The matrix between two runs. Defaults: {@code to} = the published run, {@code from} = the run before it.
     *
     * @throws UnknownMigrationException when no matrix is stored for the pair and no published customer's history
     *                                   covers both runs
     */
    public MigrationMatrix matrix(@Nullable String from, @Nullable String to) {
        String published = results.current().map(Publication::runId).orElse(null);
        String toRun = to != null ? to : published;
        if (toRun == null) {
            throw new UnknownMigrationException("No run has completed yet; migrations need two completed runs.");
        }
        Optional<MigrationMatrix> stored = migrations.ofRun(toRun);
        if (stored.isPresent() && (from == null || from.equals(stored.get().fromRunId()))) {
            return stored.get();
        }
        if (from == null) {
            throw new UnknownMigrationException("Run " + toRun + " has no predecessor to compare with; migrations need"
                    + " two completed runs. Pass from= and to= with ids from GET /runs.");
        }
        return fromHistories(from, toRun, published);
    }

    private MigrationMatrix fromHistories(String from, String to, @Nullable String published) {
        Counter counter = new Counter(rfmOrder);
        LocalDate[] asOf = new LocalDate[2];
        if (published != null) {
            results.forEachCustomer(published, null, c -> {
                Entry a = null;
                Entry b = null;
                for (Entry e : c.segmentHistory() == null ? List.<Entry>of() : c.segmentHistory()) {
                    if (e.runId().equals(from)) {
                        a = e;
                    } else if (e.runId().equals(to)) {
                        b = e;
                    }
                }
                if (b != null) {
                    asOf[1] = b.asOf();
                    if (a != null) {
                        asOf[0] = a.asOf();
                        counter.add(a.rfmSegment(), b.rfmSegment(), b.monetary(), a.monetary());
                    } else {
                        counter.newCustomers++;
                    }
                }
            });
        }
        if (counter.customers == 0) {
            throw new UnknownMigrationException("No migration from run " + from + " to run " + to + ": no customer of"
                    + " the published run has both runs in its segment history (it keeps the last " + MAX_RUNS
                    + " completed runs). GET /runs lists the run ids.");
        }
        return counter.matrix(from, to, asOf[0], asOf[1], "history", null);
    }

    /** Counts the cells of a matrix. */
    private static final class Counter {

        private final List<String> rfmOrder;
        private final Map<String, double[]> cells = new TreeMap<>(Comparator.comparing(this::rank));
        private long customers;
        private double revenue;
        private long newCustomers;

        Counter(List<String> rfmOrder) {
            this.rfmOrder = rfmOrder;
        }

        void add(String from, String to, double toMonetary, double fromMonetary) {
            double[] cell = cells.computeIfAbsent(from + '\u0000' + to, k -> new double[3]);
            cell[0]++;
            cell[1] += toMonetary;
            cell[2] += fromMonetary;
            customers++;
            revenue += toMonetary;
        }

        MigrationMatrix matrix(String from, String to, @Nullable LocalDate fromAsOf, @Nullable LocalDate toAsOf,
                               String basis, @Nullable Long gone) {
            List<MigrationMatrix.Cell> list = new ArrayList<>(cells.size());
            cells.forEach((key, v) -> {
                int sep = key.indexOf('\u0000');
                list.add(new MigrationMatrix.Cell(key.substring(0, sep), key.substring(sep + 1), (long) v[0],
                        round(v[1]), round(v[2])));
            });
            return new MigrationMatrix(to, from, to, fromAsOf, toAsOf, basis, customers, round(revenue), newCustomers,
                    gone, list);
        }

        /** Sorts "from\0to" keys by the RFM table order of from, then of to; unknown ids last, by name. */
        private String rank(String key) {
            int sep = key.indexOf('\u0000');
            return position(key.substring(0, sep)) + position(key.substring(sep + 1));
        }

        private String position(String segment) {
            int i = rfmOrder.indexOf(segment);
            return String.format("%02d", i < 0 ? 99 : i) + segment + '\u0000';
        }

        private static double round(double amount) {
            return Math.round(amount * 100.0) / 100.0;
        }
    }
}
