package io.segmentation.runs;

import io.segmentation.web.ProblemResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** A model's drift and stability on the published run's customers (here, since runs own the customers and clusters). */
@RestController
@Tag(name = "Models")
class DriftController {

    private final DriftService service;

    DriftController(DriftService service) {
        this.service = service;
    }

    @GetMapping("/models/{version}/drift")
    @Operation(operationId = "getModelDrift", summary = "Drift and stability of a model on the published run",
            description = "PSI of each feature between the model's training data and the published run's customers"
                    + " (ten bins at the training deciles, a value on an edge in the upper bin, empty bins as 0.0001;"
                    + " drifted above 0.25), the adjusted Rand index of the cluster assignments, cluster share changes"
                    + " and the share of assignments with confidence below 0.2. For the model that assigned the"
                    + " published run: the run's drift block (stability against the run before it); for another model:"
                    + " measured now, stability against the published run's clusters. Models stored before drift"
                    + " existed have no training deciles: features is empty and note says so. 404 for an unknown"
                    + " version, 409 before the first run, 400 for a model of customer attributes.")
    @ProblemResponse(status = 404, type = "not-found", title = "Not found",
            detail = "No model has the version 99; GET /models lists them.")
    @ProblemResponse(status = 400, type = "drift-not-applicable", title = "Drift not applicable",
            detail = "Model 3 reads [Age, Income]; drift is measured on a run's customers, which have recencyDays, "
                    + "frequency and monetary.")
    @ProblemResponse(status = 409, type = "no-training-data", title = "No training data",
            detail = "No published run with customers to train on. Upload purchases (POST /uploads) or start a run "
                    + "(POST /runs) first.")
    RunDrift drift(@Parameter(example = "1") @PathVariable int version) {
        return service.drift(version);
    }
}
