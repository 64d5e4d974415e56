package io.segmentation.events;

import io.segmentation.segments.CustomerSegments;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** One change per scheme and rule dimension whose id differs; new customers from null, gone ones to null. */
class ChangeDetectorTests {

    private static final CustomerSegments BEFORE = new CustomerSegments("12347", "promising", "cluster-1", "new",
            "low-value", "mixed");

    @Test
    void reportsOnlyTheSchemesThatChanged() {
        var after = new CustomerSegments("12347", "champions", "cluster-1", "loyal", "low-value", "mixed");
        assertThat(ChangeDetector.changes(BEFORE, after)).containsExactly(
                new SegmentChange("12347", "rfm", null, "promising", "champions"),
                new SegmentChange("12347", "rules", "purchaseFrequency", "new", "loyal"));
        assertThat(ChangeDetector.changes(BEFORE, BEFORE)).isEmpty();
    }

    @Test
    void aNewCustomerChangesFromNullAndAGoneOneToNull() {
        var fresh = new CustomerSegments("9", "new-customers", null, "new", "low-value", "unknown");
        assertThat(ChangeDetector.changes(null, fresh)).hasSize(4).allMatch(c -> c.from() == null)
                .noneMatch(c -> c.scheme().equals("cluster"));
        assertThat(ChangeDetector.changes(BEFORE, null)).hasSize(5).allMatch(c -> c.to() == null && c.from() != null);
    }
}
