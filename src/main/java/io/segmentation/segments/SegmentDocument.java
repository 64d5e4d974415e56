package io.segmentation.segments;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A segment profile as stored in {@code segments}: id {@code runId:segmentId}. */
@Document("segments")
record SegmentDocument(@Id String id, String runId, int position, SegmentProfile profile) {
}
