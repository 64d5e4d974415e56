package io.segmentation.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import io.segmentation.segments.CustomerSegments;
import org.jspecify.annotations.Nullable;

/**
 * Compares a customer's segment ids in two runs: one change per scheme (and per rule dimension) whose id differs,
 * so a new customer's every id changes from null and a vanished customer's every id to null.
 */
final class ChangeDetector {

    private ChangeDetector() {
    }

    /** The changes of one customer; {@code before} or {@code after} is null when the customer is not in that run. */
    static List<SegmentChange> changes(@Nullable CustomerSegments before, @Nullable CustomerSegments after) {
        String id = after != null ? after.customerId() : Objects.requireNonNull(before).customerId();
        List<SegmentChange> changes = new ArrayList<>(2);
        add(changes, id, "rfm", null, before == null ? null : before.rfmSegment(), after == null ? null : after.rfmSegment());
        add(changes, id, "cluster", null, before == null ? null : before.cluster(), after == null ? null : after.cluster());
        add(changes, id, "rules", "purchaseFrequency", before == null ? null : before.purchaseFrequency(),
                after == null ? null : after.purchaseFrequency());
        add(changes, id, "rules", "spending", before == null ? null : before.spending(),
                after == null ? null : after.spending());
        add(changes, id, "rules", "category", before == null ? null : before.category(),
                after == null ? null : after.category());
        return changes;
    }

    private static void add(List<SegmentChange> changes, String customerId, String scheme, @Nullable String dimension,
                            @Nullable String from, @Nullable String to) {
        if (!Objects.equals(from, to)) {
            changes.add(new SegmentChange(customerId, scheme, dimension, from, to));
        }
    }
}
