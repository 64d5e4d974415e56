package io.segmentation.runs;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import io.segmentation.models.RfmSnapshot;
import io.segmentation.models.RfmSnapshotSource;
import io.segmentation.segments.CustomerProfile;
import io.segmentation.segments.Publication;
import io.segmentation.segments.ResultStore;
import io.segmentation.segments.SegmentService;
import org.springframework.stereotype.Component;

/** The published run's customers, sorted by customer id, as training rows for {@code POST /models}. */
@Component
class PublishedRunSnapshot implements RfmSnapshotSource {

    private final ResultStore results;
    private final SegmentService segments;
    private final RunStore runs;
    private final RunScoringStore edges;

    PublishedRunSnapshot(ResultStore results, SegmentService segments, RunStore runs, RunScoringStore edges) {
        this.results = results;
        this.segments = segments;
        this.runs = runs;
        this.edges = edges;
    }

    @Override
    public Optional<RfmSnapshot> published() {
        Optional<Publication> publication = results.current();
        if (publication.isEmpty()) {
            return Optional.empty();
        }
        String runId = publication.get().runId();
        List<CustomerProfile> customers = new ArrayList<>();
        segments.forEachCustomer(null, customers::add);
        // why: the run trains on customers sorted by id; the same order here makes training on the same data identical
        customers.sort(Comparator.comparing(CustomerProfile::customerId));
        double[][] rows = new double[customers.size()][];
        for (int i = 0; i < rows.length; i++) {
            CustomerProfile c = customers.get(i);
            rows[i] = new double[] {c.recencyDays(), c.frequency(), c.monetary()};
        }
        String fingerprint = runs.find(runId).map(Run::dataFingerprint).orElse(null);
        return Optional.of(new RfmSnapshot(runId, fingerprint, rows, edges.edgesOf(runId).orElse(null)));
    }
}
