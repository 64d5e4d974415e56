package io.segmentation.runs;

import io.segmentation.web.ProblemResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The lifetime-value models of the published run and their validation on a holdout period. */
@RestController
@Tag(name = "Lifetime value", description = "BG/NBD, Gamma-Gamma, P(alive), churn risk and predicted CLV.")
class ClvController {

    private final ClvService service;

    ClvController(ClvService service) {
        this.service = service;
    }

    @GetMapping("/clv")
    @Operation(operationId = "getClv", summary = "The published run's lifetime-value models",
            description = "status FITTED with the BG/NBD (r, alpha, a, b) and Gamma-Gamma (p, q, v) parameters, or"
                    + " NOT_FITTED / FAILED with the reason (for example \"12 customers with a repeat purchase, 100"
                    + " needed\"). Per-customer figures are in GET /customers/{id} as clv.")
    @ProblemResponse(status = 404, type = "no-published-run", title = "No published run",
            detail = "No run has been published yet, so there is nothing to chart: upload a purchase file (POST "
                    + "/uploads) or start a run over stored purchases (POST /runs).")
    ClvView get() {
        return service.published();
    }

    @PostMapping("/clv/validation")
    @Operation(operationId = "validateClv", summary = "Predicted against actual purchases in a holdout period",
            description = "Fits BG/NBD on the stored purchases up to and including calibrationEnd and compares each"
                    + " customer's repeat purchase days in the following holdoutDays with the model's expectation,"
                    + " with totals, the mean absolute error and the weekly cumulative curve. 400 when the"
                    + " calibration end leaves no later purchase.")
    @ProblemResponse(status = 404, type = "no-published-run", title = "No published run",
            detail = "No run has been published yet, so there is nothing to chart: upload a purchase file (POST "
                    + "/uploads) or start a run over stored purchases (POST /runs).")
    ClvValidation validate(@Valid @RequestBody ClvValidationRequest request) {
        return service.validate(request);
    }
}
