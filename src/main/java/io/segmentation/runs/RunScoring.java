package io.segmentation.runs;

import java.time.Instant;

import io.segmentation.rfm.RfmEdges;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * How a run scored and clustered, stored in {@code runScoring}: its R/F/M quintile score edges, so {@code /predict}
 * can score a customer who is not in the run exactly as the run scored its own, and the model that assigned its
 * clusters, so cluster names and actions come from that model even after another version is activated.
 *
 * @param runId        the run
 * @param edges        four edges per metric
 * @param clusterModel the model version that assigned the run's clusters, null when none did
 * @param createdAt    when the run computed them
 */
@Document("runScoring")
record RunScoring(@Id String runId, RfmEdges edges, @Nullable Integer clusterModel, Instant createdAt) {
}
