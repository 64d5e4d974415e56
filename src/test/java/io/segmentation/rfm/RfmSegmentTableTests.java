package io.segmentation.rfm;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** Tests of {@link RfmSegmentTable#DEFAULT} and the table's invariant. */
class RfmSegmentTableTests {

    private static String segmentOf(int r, int f, int m) {
        return RfmSegmentTable.DEFAULT.segmentOf(new RfmScores(r, f, m)).id();
    }

    @ParameterizedTest(name = "{0}{1}{2} -> {3}")
    @CsvSource({
            "5, 5, 5, champions",
            "4, 4, 4, champions",
            "1, 5, 5, cannot-lose-them",
            "2, 4, 4, cannot-lose-them",
            "1, 3, 3, at-risk",
            "2, 5, 3, at-risk",
            "3, 3, 3, loyal-customers",
            "5, 3, 5, loyal-customers",
            "1, 1, 1, lost",
            "5, 1, 1, new-customers",
            "4, 2, 2, new-customers",
            "3, 2, 2, promising",
            "3, 1, 3, potential-loyalists",
            "5, 3, 1, potential-loyalists",
            "2, 1, 1, about-to-sleep",
            "2, 2, 2, about-to-sleep",
            "1, 1, 2, hibernating",
            "1, 2, 2, hibernating",
            "5, 1, 5, need-attention",
            "1, 5, 1, need-attention",
            "3, 5, 1, need-attention" })
    void namesTheSegmentOfAScoreTriple(int r, int f, int m, String segment) {
        assertThat(segmentOf(r, f, m)).isEqualTo(segment);
    }

    @Test
    void reachesEachOfTheElevenSegments() {
        Set<String> reached = new HashSet<>();
        for (int r = 1; r <= 5; r++) {
            for (int f = 1; f <= 5; f++) {
                for (int m = 1; m <= 5; m++) {
                    reached.add(segmentOf(r, f, m));
                }
            }
        }

        assertThat(RfmSegmentTable.DEFAULT.rules()).hasSize(11);
        assertThat(reached).containsExactlyInAnyOrderElementsOf(
                RfmSegmentTable.DEFAULT.rules().stream().map(RfmSegmentRule::id).toList());
    }

    @Test
    void letsTheFirstMatchingRuleWin() {
        // 5-5-5 also fits loyal-customers (3-5, 3-5, 3-5); 1-1-1 also fits hibernating (1-2, 1-2, 1-2)
        assertThat(RfmSegmentTable.DEFAULT.rules().stream().filter(rule -> rule.matches(new RfmScores(5, 5, 5))).map(RfmSegmentRule::id))
                .containsExactly("champions", "loyal-customers", "need-attention");
        assertThat(segmentOf(5, 5, 5)).isEqualTo("champions");
        assertThat(segmentOf(1, 1, 1)).isEqualTo("lost");
        // 1-4-4 fits cannot-lose-them and at-risk; 3-2-2 fits promising and potential-loyalists
        assertThat(segmentOf(1, 4, 4)).isEqualTo("cannot-lose-them");
        assertThat(segmentOf(3, 2, 2)).isEqualTo("promising");
    }

    @Test
    void keepsTheDocumentedOrderAndRules() {
        assertThat(RfmSegmentTable.DEFAULT.rules()).extracting(RfmSegmentRule::id).containsExactly("champions",
                "cannot-lose-them", "at-risk", "loyal-customers", "lost", "new-customers", "promising",
                "potential-loyalists", "about-to-sleep", "hibernating", "need-attention");
        assertThat(RfmSegmentTable.DEFAULT.rules().get(2).rule()).isEqualTo("R 1-2, F 3-5, M 3-5");
        assertThat(RfmSegmentTable.DEFAULT.rules().get(10).rule()).isEqualTo("R any, F any, M any");
    }

    @Test
    void requiresEveryScoreCombinationToReachASegment() {
        List<RfmSegmentRule> rules = new ArrayList<>(RfmSegmentTable.DEFAULT.rules());
        rules.remove(rules.size() - 1);

        assertThatIllegalArgumentException().isThrownBy(() -> new RfmSegmentTable(rules))
                .withMessageContaining("R 1, F 1, M 3 reaches no segment");
        assertThatIllegalArgumentException().isThrownBy(() -> new RfmSegmentTable(List.of()));
        RfmSegmentRule almostAny = new RfmSegmentRule("x", "X", "x", IntRange.ANY, IntRange.ANY, IntRange.parse("2-5"));
        assertThatIllegalArgumentException().isThrownBy(() -> new RfmSegmentTable(List.of(almostAny)))
                .withMessageContaining("R 1, F 1, M 1 reaches no segment");
    }

    @Test
    void acceptsATableThatCoversEveryCombinationWithoutACatchAll() {
        RfmSegmentRule low = new RfmSegmentRule("low", "Low", "", IntRange.parse("1-2"), IntRange.ANY, IntRange.ANY);
        RfmSegmentRule high = new RfmSegmentRule("high", "High", "", IntRange.parse("3-5"), IntRange.ANY, IntRange.ANY);

        assertThat(new RfmSegmentTable(List.of(low, high)).segmentOf(new RfmScores(4, 1, 1)).id()).isEqualTo("high");
    }

    @Test
    void acceptsACustomTableEndingInACatchAll() {
        RfmSegmentRule top = new RfmSegmentRule("top", "Top", "t", IntRange.parse("5"), IntRange.ANY, IntRange.ANY);
        RfmSegmentRule rest = new RfmSegmentRule("rest", "Rest", "r", IntRange.ANY, IntRange.ANY, IntRange.ANY);
        RfmSegmentTable table = new RfmSegmentTable(List.of(top, rest));

        assertThat(table.segmentOf(new RfmScores(5, 1, 1)).id()).isEqualTo("top");
        assertThat(table.segmentOf(new RfmScores(4, 5, 5)).id()).isEqualTo("rest");
    }

    @Test
    void writesTheScoresAsThreeDigits() {
        assertThat(new RfmScores(5, 4, 5).code()).isEqualTo("545");
    }
}
