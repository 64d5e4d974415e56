package io.segmentation.segments;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import io.segmentation.rfm.RfmSegmentRule;
import io.segmentation.rfm.RfmSegmentTable;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * The RFM segment migration matrix between two runs: the one counted and kept when a run was stored, or counted
 * from the segment histories of the published run's customers for any other pair.
 */
@Service
public class SegmentMigrations {

    private final ResultStore results;
    private final MigrationStore migrations;
    private final List<String> rfmOrder;

    SegmentMigrations(ResultStore results, MigrationStore migrations, RfmSegmentTable rfmTable) {
        this.results = results;
        this.migrations = migrations;
        this.rfmOrder = rfmTable.rules().stream().map(RfmSegmentRule::id).toList();
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
        MigrationCounter counter = new MigrationCounter(rfmOrder);
        LocalDate[] asOf = new LocalDate[2];
        if (published != null) {
            results.forEachCustomer(published, null, c -> {
                SegmentHistory.Entry a = null;
                SegmentHistory.Entry b = null;
                for (SegmentHistory.Entry e : c.segmentHistory() == null ? List.<SegmentHistory.Entry>of() : c.segmentHistory()) {
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
                    + " the published run has both runs in its segment history (it keeps the last " + SegmentHistory.MAX_RUNS
                    + " completed runs). GET /runs lists the run ids.");
        }
        return counter.matrix(from, to, asOf[0], asOf[1], "history", null);
    }
}
