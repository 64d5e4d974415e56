package io.segmentation.runs;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RunProgressTests {

    private static final Map<String, Long> LAST = Map.of("load", 1_000L, "compute", 2_000L, "history", 500L,
            "store", 1_000L, "publish", 500L);

    @Test
    void countsThePhasesDoneAndTheCurrentOneAtMostAtItsLastLength() {
        RunProgress progress = RunProgress.estimate("compute", 1_000, 2_000, LAST);
        assertThat(progress.percent()).isEqualTo(40.0); // (1,000 + 1,000) of 5,000
        assertThat(progress.etaSeconds()).isEqualTo(3);
        assertThat(progress.elapsedSeconds()).isEqualTo(2.0);
        assertThat(RunProgress.estimate("compute", 9_000, 10_000, LAST).percent()).isEqualTo(60.0);
        assertThat(RunProgress.estimate("publish", 5_000, 60_000, LAST).percent()).isEqualTo(99.0);
    }

    @Test
    void withoutACompletedRunTellsOnlyThePhase() {
        RunProgress progress = RunProgress.estimate("load", 10, 10, Map.of());
        assertThat(progress.phase()).isEqualTo("load");
        assertThat(progress.percent()).isNull();
        assertThat(progress.etaSeconds()).isNull();
    }
}
