package io.segmentation.segments;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * The profile of one segment in a run.
 *
 * @param id                 stable id, e.g. {@code champions}, {@code cluster-0}, {@code loyal}
 * @param scheme             {@code rfm}, {@code cluster} or {@code rules}
 * @param name               display name
 * @param description        one sentence for marketers
 * @param rule               the rule that selects the segment in words (RFM and rule segments), else null
 * @param customers          customers in the segment
 * @param share              customers / all customers of the run, 0-1
 * @param revenue            sum of the members' monetary, in the data's currency
 * @param revenueShare       revenue / revenue of all customers, 0-1
 * @param avgRecencyDays     mean recency of the members, in days (0 when empty)
 * @param avgFrequency       mean frequency, in orders (0 when empty)
 * @param avgMonetary        mean monetary, in the data's currency (0 when empty)
 * @param recommendedActions actions suggested for the segment (empty when the catalogue has none)
 */
@Schema(description = "Size, value and averages of one segment in the published run.")
public record SegmentProfile(
        @Schema(example = "champions") String id,
        @Schema(example = "rfm") String scheme,
        @Schema(example = "Champions") String name,
        @Schema(example = "Bought recently, buy often and spend the most.") String description,
        @Schema(example = "R 4-5, F 4-5, M 4-5") @Nullable String rule,
        @Schema(example = "612") long customers,
        @Schema(example = "0.1726") double share,
        @Schema(example = "301552.33") double revenue,
        @Schema(example = "0.5241") double revenueShare,
        @Schema(example = "9.8") double avgRecencyDays,
        @Schema(example = "8.1") double avgFrequency,
        @Schema(example = "492.73") double avgMonetary,
        List<String> recommendedActions) {
}
