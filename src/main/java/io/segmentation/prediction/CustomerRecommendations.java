package io.segmentation.prediction;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.segmentation.rules.RuleSegments;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * A customer's segments and what to do about them.
 *
 * @param customerId      the customer
 * @param runId           the published run the segments come from
 * @param rfmSegment      the RFM segment
 * @param cluster         the K-means cluster (null when the run assigned none)
 * @param rules           the rule segments (null when the run computed none)
 * @param recommendations the RFM segment's actions, then the cluster archetype's and the rule segments' (each action
 *                        once), high priority first
 */
@Schema(description = "A customer's segments and recommended actions.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CustomerRecommendations(@Schema(example = "12347") String customerId, String runId, SegmentRef rfmSegment,
                                      @Nullable SegmentRef cluster, @Nullable RuleSegments rules,
                                      List<Recommendation> recommendations) {

    /**
     * A segment by id and name.
     *
     * @param id   segment id, e.g. {@code at-risk} or {@code cluster-2}
     * @param name display name
     */
    @Schema(description = "A segment id and name.")
    public record SegmentRef(@Schema(example = "at-risk") String id, @Schema(example = "At Risk") String name) {
    }
}
