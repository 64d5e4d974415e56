package io.segmentation.runs;

import java.time.Instant;

import io.segmentation.rfm.RfmEdges;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A run's R/F/M quintile score edges, stored in {@code scoreEdges} so {@code /predict} can score a customer who is not
 * in the run exactly as the run scored its own.
 *
 * @param runId     the run
 * @param edges     four edges per metric
 * @param createdAt when the run computed them
 */
@Document("scoreEdges")
record RunScoreEdges(@Id String runId, RfmEdges edges, Instant createdAt) {
}
