package io.segmentation.prediction;

import io.segmentation.web.ProblemResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /recommendations/{customerId}}: a customer's segments and the actions the catalogue suggests. */
@RestController
@Tag(name = "Recommendations", description = "What to do with a customer, from the recommendations catalogue.")
class RecommendationController {

    private final RecommendationService service;

    RecommendationController(RecommendationService service) {
        this.service = service;
    }

    @GetMapping("/recommendations/{customerId}")
    @Operation(operationId = "getRecommendations", summary = "A customer's segments and recommended actions",
            description = "RFM segment, cluster, rule segments and recommendations[] (action, channel, priority,"
                    + " rationale, segment), high priority first. 404 when the published run has no such customer.")
    @ProblemResponse(status = 404, type = "not-found", title = "Not found",
            detail = "No customer 'C-999' in the published run.")
    CustomerRecommendations recommendations(@Parameter(example = "12347") @PathVariable String customerId) {
        return service.recommend(customerId);
    }
}
