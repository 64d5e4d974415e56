package io.segmentation.runs;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.segmentation.clustering.ClusterNaming;
import io.segmentation.models.ModelRegistry;
import io.segmentation.models.NoTrainingDataException;
import io.segmentation.models.ServingModel;
import io.segmentation.models.UnknownModelException;
import io.segmentation.segments.Publication;
import io.segmentation.segments.ResultStore;
import io.segmentation.segments.SegmentService;
import org.springframework.stereotype.Service;

/**
 * A model's drift on the published run's customers ({@code GET /models/{version}/drift}): the run's own drift block
 * when that model assigned it, else measured now, with stability against the run's assignment.
 */
@Service
class DriftService {

    private final ModelRegistry registry;
    private final ResultStore results;
    private final SegmentService segments;
    private final RunStore runs;

    DriftService(ModelRegistry registry, ResultStore results, SegmentService segments, RunStore runs) {
        this.registry = registry;
        this.results = results;
        this.segments = segments;
        this.runs = runs;
    }

    /**
     * @throws UnknownModelException        when no model has the version
     * @throws NoTrainingDataException      before the first run
     * @throws DriftNotApplicableException  when the model reads inputs other than R, F and M
     */
    RunDrift drift(int version) {
        ServingModel model = registry.version(version).orElseThrow(() -> new UnknownModelException(version));
        if (!ClusterNaming.isRfm(model.features())) {
            throw new DriftNotApplicableException(version, model.inputs());
        }
        String runId = results.current().map(Publication::runId).orElseThrow(NoTrainingDataException::new);
        Optional<RunDrift> stored = runs.find(runId).map(Run::drift).filter(d -> d.model() == version);
        if (stored.isPresent()) {
            return stored.get();
        }
        List<DriftCalculator.Assigned> customers = new ArrayList<>();
        Map<String, String> published = new HashMap<>();
        segments.forEachCustomer(null, c -> {
            double[] inputs = model.rfmInputs(c.recencyDays(), c.frequency(), c.monetary());
            ServingModel.Assignment a = model.assign(inputs);
            customers.add(new DriftCalculator.Assigned(c.customerId(), inputs, a.clusterId(), a.confidence()));
            if (c.cluster() != null) {
                published.put(c.customerId(), c.cluster());
            }
        });
        if (customers.isEmpty()) {
            throw new NoTrainingDataException();
        }
        // why: this model did not assign the published run, so its stability is against the clusters the run has
        return DriftCalculator.of(runId, model, model.model(), customers, runId, published, false);
    }
}
