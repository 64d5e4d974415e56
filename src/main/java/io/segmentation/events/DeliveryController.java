package io.segmentation.events;

import io.segmentation.web.ProblemResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** How the webhook deliveries of segment changes stand. */
@RestController
@Validated
@Tag(name = "Segment changes")
class DeliveryController {

    private final WebhookDeliveries deliveries;

    DeliveryController(WebhookDeliveries deliveries) {
        this.deliveries = deliveries;
    }

    @GetMapping("/webhooks/deliveries")
    @Operation(operationId = "listWebhookDeliveries", summary = "A page of webhook deliveries, newest first",
            description = "One delivery per webhook and batch of a run's changes (segmentation.events.batch-size)."
                    + " pending: not yet acknowledged with a 2xx, tried again at nextAttemptAt with exponential"
                    + " backoff; delivered: acknowledged; failed: given up after segmentation.events.max-attempts.")
    @ApiResponse(responseCode = "200", description = "A page of deliveries", useReturnTypeSchema = true)
    @ProblemResponse(status = 400, type = "invalid-state", title = "Invalid state",
            detail = "No delivery state 'done': send state=pending, delivered or failed, or no state for all.")
    DeliveryPage list(@Parameter(description = "pending, delivered or failed; default all", example = "pending")
                      @RequestParam(required = false) @Nullable String state,
                      @Parameter(description = "0-based page") @RequestParam(defaultValue = "0") @Min(0) @Max(10_000_000) int page,
                      @Parameter(description = "page size, 1-1000") @RequestParam(defaultValue = "50") @Min(1) @Max(1000) int size) {
        return deliveries.page(state, page, size);
    }
}
