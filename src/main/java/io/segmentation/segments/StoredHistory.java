package io.segmentation.segments;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;

/**
 * The part of a stored customer profile the next run carries forward, read through a projection by
 * {@link ResultStore#forEachHistory}.
 *
 * @param customerId     customer id
 * @param rfmSegment     RFM segment id in the stored run
 * @param monetary       monetary value in the stored run, in the data's currency
 * @param segmentHistory the customer's last runs, newest first; null in profiles stored before histories existed
 */
record StoredHistory(String customerId, String rfmSegment, double monetary,
                     @Nullable List<SegmentHistory.Entry> segmentHistory) {

    /** A {@code customers} document with only its profile's history fields. */
    record Projected(@Id String id, StoredHistory profile) {
    }
}
