package io.segmentation.segments;

import org.jspecify.annotations.Nullable;

/**
 * A customer's segment ids in one run: of a stored profile (read with its history, {@link ResultStore#forEachHistory})
 * or of a profile in memory ({@link #of}).
 *
 * @param customerId        customer id
 * @param rfmSegment        RFM segment id, e.g. {@code champions}
 * @param cluster           cluster id, or null when no model assigned one
 * @param purchaseFrequency purchase-frequency rule segment id, or null when the run computed no rule segments
 * @param spending          spending rule segment id, or null likewise
 * @param category          category-preference rule segment id, or null likewise
 */
public record CustomerSegments(String customerId, String rfmSegment, @Nullable String cluster,
                               @Nullable String purchaseFrequency, @Nullable String spending,
                               @Nullable String category) {

    /** The segment ids of a profile. */
    public static CustomerSegments of(CustomerProfile profile) {
        var rules = profile.rules();
        return new CustomerSegments(profile.customerId(), profile.rfmSegment(), profile.cluster(),
                rules == null ? null : rules.purchaseFrequency(), rules == null ? null : rules.spending(),
                rules == null ? null : rules.category());
    }
}
