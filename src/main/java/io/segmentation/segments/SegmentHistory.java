package io.segmentation.segments;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.segmentation.rfm.RfmSegmentRule;
import io.segmentation.rfm.RfmSegmentTable;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Carries every customer's RFM segment from run to run and counts the moves from the previous run while a run is
 * stored ({@link SegmentMigrations} answers the matrix queries).
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

    SegmentHistory(ResultStore results, RfmSegmentTable rfmTable) {
        this.rfmOrder = rfmTable.rules().stream().map(RfmSegmentRule::id).toList();
        this.results = results;
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
     * A new run's profiles with their history, the matrix from the previous run (null when there was none) and the
     * previous run's segment ids.
     *
     * @param customers        the profiles, in the order given
     * @param migration        the moves from the previous run, or null
     * @param previousSegments every customer's segment ids in the previous run (read with the histories, so the
     *                         run's listeners need not read that run again); empty when there was none
     */
    public record Carried(List<CustomerProfile> customers, @Nullable MigrationMatrix migration,
                          List<CustomerSegments> previousSegments) {
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
        List<CustomerSegments> previousSegments = new ArrayList<>();
        if (previousRunId != null) {
            results.forEachHistory(previousRunId, h -> {
                previous.put(h.customerId(), h);
                previousSegments.add(h.segments());
            });
        }
        MigrationCounter counter = new MigrationCounter(rfmOrder);
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
        return new Carried(carried, matrix, previousSegments);
    }
}
