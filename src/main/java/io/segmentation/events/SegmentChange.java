package io.segmentation.events;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * One customer's move in one scheme between the previous published run and a run.
 *
 * @param customerId customer id as in the data
 * @param scheme     {@code rfm}, {@code cluster} or {@code rules}
 * @param dimension  for {@code rules}: {@code purchaseFrequency}, {@code spending} or {@code category}; null otherwise
 * @param from       segment id in the previous run; null when the customer is new (or had none, e.g. no cluster)
 * @param to         segment id in this run; null when the customer is no longer in the data (or has none now)
 */
@Schema(description = "A customer whose segment in one scheme changed between the previous run and this one.")
public record SegmentChange(@Schema(example = "12347") String customerId,
                            @Schema(example = "rfm", allowableValues = {"rfm", "cluster", "rules"}) String scheme,
                            @Schema(example = "spending") @Nullable String dimension,
                            @Schema(example = "potential-loyalists") @Nullable String from,
                            @Schema(example = "champions") @Nullable String to) {
}
