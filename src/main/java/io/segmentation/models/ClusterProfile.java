package io.segmentation.models;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.segmentation.clustering.ClusterNaming;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * One cluster of a model, in the units of the model's inputs.
 *
 * @param id           {@code cluster-0} .. {@code cluster-(k-1)}, by centroid monetary value descending
 * @param name         business name from the naming rule (see {@link ClusterNaming})
 * @param archetype    the RFM segment id the centroid falls in, for R/F/M models; null otherwise
 * @param description  the centroid in words
 * @param centroid     the centroid per input in original units (days, orders, currency; or the file's units)
 * @param size         training customers in the cluster (null for an imported model nobody was assigned to)
 * @param share        size / training customers, 0-1
 * @param revenue      sum of the members' monetary value (R/F/M models only)
 * @param revenueShare revenue / total revenue, 0-1 (R/F/M models only)
 * @param rfmSegment   R/F/M models trained on a run: the RFM segment id most of the members are in
 * @param rfmSegmentShare the members' share in {@code rfmSegment}, 0-1
 * @param nameAgreement whether the name (the centroid's archetype) is that segment
 * @param nameNote     why the name and the members' segments differ, or that the members spread over several
 *                     segments; null when the name is the segment of more than half the members
 */
@Schema(description = "A cluster: id, name and centroid in original units, size and value.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ClusterProfile(@Schema(example = "cluster-0") String id, @Schema(example = "Champions") String name,
                             @Schema(example = "champions") @Nullable String archetype,
                             @Schema(example = "recencyDays 9.3, frequency 11.2, monetary 4012.55") String description,
                             @Schema(example = "{\"recencyDays\": 9.3, \"frequency\": 11.2, \"monetary\": 4012.55}")
                             Map<String, Double> centroid,
                             @Schema(example = "412") @Nullable Long size, @Schema(example = "0.116") @Nullable Double share,
                             @Schema(example = "301552.33") @Nullable Double revenue,
                             @Schema(example = "0.52") @Nullable Double revenueShare,
                             @Schema(example = "champions") @Nullable String rfmSegment,
                             @Schema(example = "0.81") @Nullable Double rfmSegmentShare,
                             @Schema(example = "true") @Nullable Boolean nameAgreement,
                             @Nullable String nameNote) {

    /** A profile without the members' RFM segments (imports, attributes models). */
    ClusterProfile(String id, String name, @Nullable String archetype, String description, Map<String, Double> centroid,
                   @Nullable Long size, @Nullable Double share, @Nullable Double revenue, @Nullable Double revenueShare) {
        this(id, name, archetype, description, centroid, size, share, revenue, revenueShare, null, null, null, null);
    }

    /** This profile under another id (ids kept across retrains). */
    ClusterProfile withId(String newId) {
        return new ClusterProfile(newId, name, archetype, description, centroid, size, share, revenue, revenueShare,
                rfmSegment, rfmSegmentShare, nameAgreement, nameNote);
    }
}
