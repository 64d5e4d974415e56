package io.segmentation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RuleSegmentsTests {

    @Test
    void derivesDisplayNamesFromIds() {
        RuleSegments segments = new RuleSegments("lapsed", "medium-value", "mixed");

        assertThat(segments.purchaseFrequencyName()).isEqualTo("Lapsed");
        assertThat(segments.spendingName()).isEqualTo("Medium Value");
        assertThat(segments.categoryName()).isEqualTo("Mixed");
    }

    @Test
    void buildsFromTheDimensionValues() {
        RuleSegments segments = RuleSegments.of(PurchaseFrequency.SEASONAL, Spending.LOW_VALUE,
                CategoryPreference.dominant("Womens"));

        assertThat(segments).isEqualTo(
                new RuleSegments("seasonal", "low-value", "womens", "Seasonal", "Low Value", "Womens"));
    }

    @Test
    void rejectsUnknownIdsListingTheKnownOnes() {
        assertThatThrownBy(() -> new RuleSegments("frequent", "high-value", "mixed"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("frequent")
                .hasMessageContaining("new, loyal, seasonal, lapsed, regular");
        assertThatThrownBy(() -> new RuleSegments("new", "high", "mixed"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("high-value, medium-value, low-value");
    }
}
