package io.segmentation.prediction;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * A prediction request: exactly one of {@code customerId}, {@code features} or {@code instances} (a batch of up to
 * 10,000) for clusters and RFM scores, or {@code history} for lifetime value and churn.
 */
@Schema(description = "Exactly one of customerId, features, instances or history.",
        example = "{\"features\": {\"recencyDays\": 12, \"frequency\": 5, \"monetary\": 830.5}}")
public record PredictionRequest(@Schema(example = "12347") @Nullable String customerId,
                                @Nullable Map<String, @Nullable Object> features,
                                @Nullable List<@Nullable PredictionInstance> instances,
                                @Nullable PurchaseHistory history) {

    /** A request without a purchase history. */
    public PredictionRequest(@Nullable String customerId, @Nullable Map<String, @Nullable Object> features,
                             @Nullable List<@Nullable PredictionInstance> instances) {
        this(customerId, features, instances, null);
    }
}
