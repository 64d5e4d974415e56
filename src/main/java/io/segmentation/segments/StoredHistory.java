package io.segmentation.segments;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;

/**
 * The part of a stored customer profile the next run carries forward (and compares its segments with), read through a
 * projection by {@link ResultStore#forEachHistory}.
 *
 * @param customerId     customer id
 * @param rfmSegment     RFM segment id in the stored run
 * @param monetary       monetary value in the stored run, in the data's currency
 * @param segmentHistory the customer's last runs, newest first; null in profiles stored before histories existed
 * @param cluster        cluster id in the stored run, or null when no model assigned one
 * @param rules          rule segment ids in the stored run, or null when it computed none
 */
record StoredHistory(String customerId, String rfmSegment, double monetary,
                     @Nullable List<SegmentHistory.Entry> segmentHistory, @Nullable String cluster,
                     @Nullable RuleIds rules) {

    /** The rule segment ids of a stored profile (its {@code rules} without the display names). */
    record RuleIds(@Nullable String purchaseFrequency, @Nullable String spending, @Nullable String category) {
    }

    /** The customer's segment ids in the stored run. */
    CustomerSegments segments() {
        return new CustomerSegments(customerId, rfmSegment, cluster, rules == null ? null : rules.purchaseFrequency(),
                rules == null ? null : rules.spending(), rules == null ? null : rules.category());
    }

    /** A {@code customers} document with only its profile's history fields. */
    record Projected(@Id String id, StoredHistory profile) {
    }
}
