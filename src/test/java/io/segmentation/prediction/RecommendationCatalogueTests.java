package io.segmentation.prediction;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;

import io.segmentation.rfm.RfmSegmentRule;
import io.segmentation.rfm.RfmSegmentTable;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class RecommendationCatalogueTests {

    @Test
    void theBuiltInCatalogueHasActionsForEveryRfmSegment() throws IOException {
        Map<String, List<Recommendation>> catalogue;
        try (InputStream in = getClass().getResourceAsStream("/recommendations.yml")) {
            catalogue = RecommendationCatalogue.parse(new Yaml(new SafeConstructor(new LoaderOptions())).load(in), "built-in");
        }
        for (RfmSegmentRule rule : RfmSegmentTable.DEFAULT.rules()) {
            assertThat(catalogue.get(rule.id())).as(rule.id()).isNotEmpty();
        }
        assertThat(catalogue.get("cannot-lose-them").get(0).channel()).isEqualTo("phone");
        assertThat(catalogue.get("at-risk").get(0).action()).containsIgnoringCase("win-back");
        assertThat(catalogue.get("champions").get(0).segment()).isEqualTo("champions");
    }

    @Test
    void anEntryWithoutAValidPriorityIsRejectedNamingTheSegment() {
        Object yaml = Map.of("segments", Map.of("champions", List.of(Map.of("action", "Thank them", "priority", "urgent"))));
        assertThatIllegalStateException().isThrownBy(() -> RecommendationCatalogue.parse(yaml, "test.yml"))
                .withMessageContaining("champions").withMessageContaining("high, medium or low");
        assertThatIllegalStateException().isThrownBy(() -> RecommendationCatalogue.parse(Map.of(), "test.yml"))
                .withMessageContaining("segments");
    }
}
