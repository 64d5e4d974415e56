package io.segmentation.events;

import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Up to {@value #CAPACITY} consecutive changes of a run's delta, stored as one document of
 * {@code segment_change_chunks}: change number {@code seq} of a run is entry {@code seq % CAPACITY} of chunk
 * {@code seq / CAPACITY}, so a page is one or two reads by id. Every chunk but a run's last is full.
 *
 * @param id      {@code <runId>:<index>}
 * @param runId   the run whose publication made the changes
 * @param index   position of the chunk in the run's delta, from 0, without gaps
 * @param changes 1 to {@value #CAPACITY} changes, in delta order
 */
@Document("segment_change_chunks")
record ChangeChunk(@Id String id, String runId, int index, List<SegmentChange> changes) {

    // why: one document per change made a 100,000-customer delta 200,000+ inserts (a minute on the embedded store);
    // 1,000 changes of about 100 bytes are about 100 KB of BSON, far below the 16 MB document limit
    static final int CAPACITY = 1_000;

    static String id(String runId, long index) {
        return runId + ":" + index;
    }

    static ChangeChunk of(String runId, int index, List<SegmentChange> changes) {
        return new ChangeChunk(id(runId, index), runId, index, List.copyOf(changes));
    }
}
