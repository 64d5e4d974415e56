package io.segmentation.runs;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * How far a running run has got, estimated from the phase times of the last completed run.
 *
 * @param phase          {@code load} (reading the stored orders), {@code compute} (RFM, rules, clusters, lifetime
 *                       value), {@code history}, {@code store} (the results), {@code publish}
 * @param percent        0-99, the share of the last completed run's time that the phases done and this one's time so
 *                       far make up; null without a completed run to compare with
 * @param etaSeconds     estimated seconds left on the same basis; null without a completed run
 * @param elapsedSeconds seconds since the run started
 */
@Schema(description = "Progress of a running run: phase, percent and seconds left, estimated from the last completed run.")
public record RunProgress(@Schema(example = "compute") String phase, @Nullable Double percent, @Nullable Long etaSeconds,
                          double elapsedSeconds) {

    /** The phases of a run, in order. */
    static final List<String> PHASES = List.of("load", "compute", "history", "store", "publish");

    /**
     * @param phase          the current phase
     * @param phaseMillis    milliseconds spent in the current phase so far
     * @param elapsedMillis  milliseconds since the run started
     * @param previousPhases the last completed run's milliseconds per phase, or empty
     */
    static RunProgress estimate(String phase, long phaseMillis, long elapsedMillis, Map<String, Long> previousPhases) {
        long total = previousPhases.values().stream().mapToLong(Long::longValue).sum();
        if (total <= 0 || !PHASES.contains(phase)) {
            return new RunProgress(phase, null, null, elapsedMillis / 1000.0);
        }
        long done = 0;
        for (String p : PHASES.subList(0, PHASES.indexOf(phase))) {
            done += previousPhases.getOrDefault(p, 0L);
        }
        // why: a phase that takes longer than last time is counted at its old length, so percent never runs ahead
        done += Math.min(phaseMillis, previousPhases.getOrDefault(phase, 0L));
        double share = Math.min(0.99, (double) done / total);
        long left = Math.max(0, Math.round((total - done) / 1000.0));
        return new RunProgress(phase, Math.round(share * 1000) / 10.0, left, elapsedMillis / 1000.0);
    }
}
