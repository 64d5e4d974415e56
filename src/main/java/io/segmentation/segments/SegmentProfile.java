package io.segmentation.segments;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
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
 * @param centroid           for clusters, the centroid in original units ({@code recencyDays}, {@code frequency},
 *                           {@code monetary}); null for other schemes
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
        List<String> recommendedActions,
        @Schema(example = "{\"recencyDays\": 9.3, \"frequency\": 11.2, \"monetary\": 4012.55}")
        @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable Map<String, Double> centroid,
        @Schema(example = "412.8") @Nullable Double avgPredictedClv,
        @Schema(example = "0.21") @Nullable Double avgChurnRisk) {

    /** A profile without a centroid (RFM and rule segments). */
    public SegmentProfile(String id, String scheme, String name, String description, @Nullable String rule,
                          long customers, double share, double revenue, double revenueShare, double avgRecencyDays,
                          double avgFrequency, double avgMonetary, List<String> recommendedActions) {
        this(id, scheme, name, description, rule, customers, share, revenue, revenueShare, avgRecencyDays, avgFrequency,
                avgMonetary, recommendedActions, null, null, null);
    }

    /** A profile with a centroid (or none) and no lifetime value figures. */
    public SegmentProfile(String id, String scheme, String name, String description, @Nullable String rule,
                          long customers, double share, double revenue, double revenueShare, double avgRecencyDays,
                          double avgFrequency, double avgMonetary, List<String> recommendedActions,
                          @Nullable Map<String, Double> centroid) {
        this(id, scheme, name, description, rule, customers, share, revenue, revenueShare, avgRecencyDays, avgFrequency,
                avgMonetary, recommendedActions, centroid, null, null);
    }

    /** The same profile with a centroid. */
    public SegmentProfile withCentroid(Map<String, Double> newCentroid) {
        return new SegmentProfile(id, scheme, name, description, rule, customers, share, revenue, revenueShare,
                avgRecencyDays, avgFrequency, avgMonetary, recommendedActions, newCentroid, avgPredictedClv, avgChurnRisk);
    }

    /** The same profile with other recommended actions. */
    public SegmentProfile withRecommendedActions(List<String> actions) {
        return new SegmentProfile(id, scheme, name, description, rule, customers, share, revenue, revenueShare,
                avgRecencyDays, avgFrequency, avgMonetary, List.copyOf(actions), centroid, avgPredictedClv, avgChurnRisk);
    }
}
