package io.segmentation.events;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The record of a run's stored delta in {@code segment_change_runs}, written after all its changes: a run with one is
 * complete.
 *
 * @param runId         the run
 * @param previousRunId the run it was compared with, or null for the first published run
 * @param changes       stored changes
 * @param computedAt    when the delta was stored
 * @param note          why the delta is empty when it is by construction (first run), else null
 */
@Document("segment_change_runs")
record ChangeSet(@Id String runId, @Nullable String previousRunId, long changes, Instant computedAt,
                 @Nullable String note) {
}
