package io.segmentation.runs;

import java.time.Duration;

import io.segmentation.purchases.MongoPurchaseSources;
import org.junit.jupiter.api.Test;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.timeout;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class SourceChangeRunsTests {

    @Test
    void changesWithinTheDebounceStartOneRun() throws InterruptedException {
        RunService runs = mock(RunService.class);
        when(runs.start(any(), eq("source-change"))).thenReturn(null);
        SourceChangeRuns changes = new SourceChangeRuns(runs, mock(MongoPurchaseSources.class),
                new RunSettings("auto", Duration.ofMillis(200), "-", Duration.ofSeconds(60)));
        for (int i = 0; i < 5; i++) {
            changes.changed("crm");
        }
        verify(runs, timeout(2_000).times(1)).start(any(), eq("source-change"));
        Thread.sleep(400);
        verify(runs, times(1)).start(any(), eq("source-change"));
        changes.changed("crm");
        verify(runs, timeout(2_000).times(2)).start(any(), eq("source-change"));
        changes.destroy();
    }

    @Test
    void aRunInProgressPutsTheRunOffByAnotherDebounce() {
        RunService runs = mock(RunService.class);
        when(runs.start(any(), eq("source-change"))).thenThrow(new RunInProgressException("r1")).thenReturn(null);
        SourceChangeRuns changes = new SourceChangeRuns(runs, mock(MongoPurchaseSources.class),
                new RunSettings("auto", Duration.ofMillis(100), "-", Duration.ofSeconds(60)));
        changes.changed("crm");
        verify(runs, timeout(2_000).times(2)).start(any(), eq("source-change"));
        changes.destroy();
    }
}
