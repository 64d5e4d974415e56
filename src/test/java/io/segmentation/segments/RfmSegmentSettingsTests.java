package io.segmentation.segments;

import java.util.List;

import io.segmentation.SegmentationApplication;
import io.segmentation.rfm.RfmScores;
import io.segmentation.rfm.RfmSegmentTable;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RfmSegmentSettingsTests {

    @Test
    void noSegmentsConfiguredIsDesignsTable() {
        RfmSegmentTable table = new RfmSegmentSettings(List.of()).table();

        assertThat(table.rules()).hasSize(11);
        assertThat(table.segmentOf(new RfmScores(5, 5, 5)).id()).isEqualTo("champions");
        assertThat(table.segmentOf(new RfmScores(3, 1, 5)).id()).isEqualTo("need-attention");
    }

    @Test
    void configuredSegmentsReplaceTheTableFirstMatchWinning() {
        RfmSegmentTable table = new RfmSegmentSettings(List.of(
                new RfmSegmentSettings.Segment("best", "Best", "4-5", "4-5", "any", "Recent and frequent."),
                new RfmSegmentSettings.Segment("rest", "Everyone else", "any", "any", "any", ""))).table();

        assertThat(table.segmentOf(new RfmScores(5, 4, 1)).id()).isEqualTo("best");
        assertThat(table.segmentOf(new RfmScores(3, 5, 5)).name()).isEqualTo("Everyone else");
    }

    @Test
    void aTableThatLeavesACombinationUncoveredNamesIt() {
        RfmSegmentSettings settings = new RfmSegmentSettings(List.of(
                new RfmSegmentSettings.Segment("recent", "Recent", "2-5", "any", "any", "")));

        assertThatIllegalArgumentException().isThrownBy(settings::table)
                .withMessageContaining("R 1, F 1, M 1 reaches no segment");
    }

    @Test
    void badIdsAndRangesNameTheSetting() {
        assertThatIllegalArgumentException().isThrownBy(() -> new RfmSegmentSettings(List.of(
                        new RfmSegmentSettings.Segment("At Risk", "At Risk", "any", "any", "any", ""))).table())
                .withMessageContaining("segmentation.rfm.segments[0].id");
        assertThatIllegalArgumentException().isThrownBy(() -> new RfmSegmentSettings(List.of(
                        new RfmSegmentSettings.Segment("all", "All", "any", "six", "any", ""))).table())
                .withMessageContaining("segmentation.rfm.segments[0].f 'six'");
    }

    @Test
    void theServiceRefusesToStartOnAnUncoveredTable() {
        SpringApplicationBuilder app = new SpringApplicationBuilder(SegmentationApplication.class)
                .profiles("test")
                .properties("server.port=0", "segmentation.rfm.segments[0].id=recent",
                        "segmentation.rfm.segments[0].name=Recent", "segmentation.rfm.segments[0].r=2-5",
                        "segmentation.rfm.segments[0].f=any", "segmentation.rfm.segments[0].m=any");

        assertThatThrownBy(app::run).rootCause().hasMessageContaining("R 1, F 1, M 1 reaches no segment");
    }
}
