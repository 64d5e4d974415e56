package io.segmentation.events;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One stored change of a run in {@code segment_changes}; {@code seq} numbers a run's changes 0, 1, 2, ... without
 * gaps, so a page is a range query.
 *
 * @param id     {@code runId:scheme:dimension:customerId}, unique per run
 * @param runId  the run whose publication made the change
 * @param seq    position in the run's delta, from 0
 * @param change the change
 */
@Document("segment_changes")
record ChangeDocument(@Id String id, String runId, long seq, SegmentChange change) {

    static ChangeDocument of(String runId, long seq, SegmentChange change) {
        return new ChangeDocument(runId + ":" + change.scheme() + ":" + change.dimension() + ":" + change.customerId(),
                runId, seq, change);
    }
}
