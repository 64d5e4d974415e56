package io.segmentation.prediction;

import io.segmentation.models.ServingModel;
import io.segmentation.web.ProblemResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /predict}: the cluster of a stored customer, of raw features, or of a batch. */
@RestController
@Tag(name = "Prediction", description = "Clusters and RFM scores from the active model, served from memory.")
class PredictionController {

    private final Predictor predictor;
    private final LifetimeValuePredictor lifetimeValue;

    PredictionController(Predictor predictor, LifetimeValuePredictor lifetimeValue) {
        this.predictor = predictor;
        this.lifetimeValue = lifetimeValue;
    }

    @PostMapping("/predict")
    @Operation(operationId = "predict", summary = "Predict the cluster of a customer, of features, or of a batch",
            description = "Body: {\"customerId\": \"12347\"} (the stored R, F, M), {\"features\": {\"recencyDays\": 12,"
                    + " \"frequency\": 5, \"monetary\": 830.5}} (a customer not stored yet; also answers rScore, fScore,"
                    + " mScore, rfmScore and rfmSegment against the published run's score edges), or {\"instances\":"
                    + " [...]} with up to 10,000 of either: 200 with one result per instance in order, its prediction or its"
                    + " own problem (instance, status, type, title, detail; errors for bad fields); only an empty or"
                    + " oversized batch is a 400. ?model=NAME uses that name's active model, whose features"
                    + " the keys must match. 400 lists every missing, negative, non-finite or unknown field; 404 for an"
                    + " unknown single customer or a model name no version was stored under; 503 when the name is the"
                    + " default or has versions but none is active. {\"history\": {\"frequency\": 2,"
                    + " \"recency\": 30.43, \"T\": 38.86, \"monetary\": 22.35}} answers P(alive), churn risk,"
                    + " expected purchases and predicted CLV under the published run's BG/NBD and Gamma-Gamma models"
                    + " (times in GET /clv's timeUnit; 409 clv-not-fitted when the run fitted none).")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = "application/json", schema = @Schema(
            anyOf = {Prediction.class, BatchPrediction.class, LifetimeValuePrediction.class})))
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = PredictionRequest.class), examples = {
            @ExampleObject(name = "customer", summary = "A stored customer", value = "{\"customerId\": \"DEMO-12347\"}"),
            @ExampleObject(name = "features", summary = "Features of a customer not stored yet",
                    value = "{\"features\": {\"recencyDays\": 12, \"frequency\": 5, \"monetary\": 830.5}}"),
            @ExampleObject(name = "batch", summary = "A batch (up to 10,000): one result per instance, in order",
                    value = "{\"instances\": [{\"customerId\": \"DEMO-12347\"}, {\"features\": {\"recencyDays\": 200,"
                            + " \"frequency\": 1, \"monetary\": 35.0}}, {\"customerId\": \"no-such-customer\"}]}"),
            @ExampleObject(name = "history", summary = "Lifetime value of a purchase history",
                    value = "{\"history\": {\"frequency\": 2, \"recency\": 30.43, \"T\": 38.86, \"monetary\": 22.35}}")}))
    @ProblemResponse(status = 400, type = "invalid-features", title = "Invalid prediction request",
            detail = "features.monetary must be a finite number >= 0; features.recency is not a feature of the model "
                    + "(it reads recencyDays, frequency, monetary).")
    @ProblemResponse(status = 404, type = "not-found", title = "Not found",
            detail = "No customer 'C-999' in the published run; send its features instead.")
    @ProblemResponse(status = 409, type = "clv-not-fitted", title = "No lifetime value model",
            detail = "The published run has no fitted lifetime-value model: 12 customers with a repeat purchase, 100 "
                    + "needed. GET /clv shows the status.")
    @ProblemResponse(status = 503, type = "no-active-model", title = "No active model",
            detail = "No active model named 'default'. Train one with POST /models {\"k\": 4, \"name\": \"default\"} "
                    + "or activate a version.")
    Object predict(@RequestBody PredictionRequest request,
                   @Parameter(description = "model name (default: the default model)", example = "default")
                   @RequestParam(required = false) @Nullable String model) {
        if (request.history() != null) {
            if (request.customerId() != null || request.features() != null || request.instances() != null) {
                throw new InvalidFeaturesException(java.util.List.of(new InvalidFeaturesException.FieldError("request",
                        "give exactly one of customerId, features, instances or history")));
            }
            return lifetimeValue.predict(request.history());
        }
        ServingModel serving = predictor.model(model);
        if (request.instances() != null) {
            if (request.customerId() != null || request.features() != null) {
                throw new InvalidFeaturesException(java.util.List.of(new InvalidFeaturesException.FieldError("request",
                        "give exactly one of customerId, features or instances")));
            }
            return predictor.predictBatch(serving, request.instances());
        }
        return predictor.predictOne(serving, request.customerId(), request.features());
    }
}
