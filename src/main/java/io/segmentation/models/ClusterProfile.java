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
                             @Schema(example = "0.52") @Nullable Double revenueShare) {

    /** This profile under another id (ids kept across retrains). */
    ClusterProfile withId(String newId) {
        return new ClusterProfile(newId, name, archetype, description, centroid, size, share, revenue, revenueShare);
    }
}
