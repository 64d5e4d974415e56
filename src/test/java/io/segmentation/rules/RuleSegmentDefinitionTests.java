package io.segmentation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

class RuleSegmentDefinitionTests {

    @Test
    void listsEveryFixedSegmentInCheckingOrder() {
        assertThat(RuleSegmentDefinition.definitions(RuleSettings.defaults()))
                .extracting(RuleSegmentDefinition::dimension, RuleSegmentDefinition::id, RuleSegmentDefinition::name)
                .containsExactly(
                        tuple("purchase_frequency", "new", "New"),
                        tuple("purchase_frequency", "loyal", "Loyal"),
                        tuple("purchase_frequency", "seasonal", "Seasonal"),
                        tuple("purchase_frequency", "lapsed", "Lapsed"),
                        tuple("purchase_frequency", "regular", "Regular"),
                        tuple("spending", "high-value", "High Value"),
                        tuple("spending", "medium-value", "Medium Value"),
                        tuple("spending", "low-value", "Low Value"),
                        tuple("category", "family", "Family"),
                        tuple("category", "mixed", "Mixed"),
                        tuple("category", "unknown", "Unknown"));
    }

    @Test
    void describesTheDefaultThresholds() {
        assertThat(RuleSegmentDefinition.definitions(RuleSettings.defaults()))
                .extracting(RuleSegmentDefinition::description)
                .contains("5+ orders in the last 6 months.",
                        "80%+ of orders in the festive periods 04-01/04-20, 12-01/12-31.",
                        "No order in the last 90 days.",
                        "Average order value of 15,000+ or lifetime spend of 150,000+.",
                        "Lifetime spend of 10,000 or less.",
                        "No category with 70%+ of spend, but 2 or more with 30%+ each.");
    }

    @Test
    void describesConfiguredThresholds() {
        RuleSettings custom = new RuleSettings(3, 12, 120, 0.75, List.of(), 250.5, 5_000, 99.99, 0.6, 0.25);

        assertThat(RuleSegmentDefinition.definitions(custom))
                .extracting(RuleSegmentDefinition::description)
                .contains("3+ orders in the last 12 months.",
                        "75%+ of orders in the festive periods (none configured).",
                        "No order in the last 120 days.",
                        "Average order value of 250.5+ or lifetime spend of 5,000+.",
                        "Lifetime spend of 99.99 or less.",
                        "No category with 60%+ of spend and fewer than 2 with 25%+.");
    }

    @Test
    void describesADominantCategory() {
        assertThat(RuleSegmentDefinition.dominantCategory("Womens", RuleSettings.defaults()))
                .isEqualTo(new RuleSegmentDefinition("category", "womens", "Womens",
                        "70%+ of categorised spend in Womens."));
    }
}
