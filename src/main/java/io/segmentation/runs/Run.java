package io.segmentation.runs;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.segmentation.purchases.PurchaseInput;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * What a run did: trigger, inputs, counts, timings per phase, status and error, as the API shows it (stored as a {@link RunDocument}).
 *
 * @param id              run id
 * @param trigger         {@code upload:<id>}, {@code delete-upload:<id>}, {@code api}, {@code schedule}, {@code startup} or {@code erasure}
 * @param status          life-cycle status
 * @param asOfSetting     how the reference date was asked for: {@code auto}, {@code today} or an ISO date
 * @param asOf            the reference date used (null until known)
 * @param startedAt       start time
 * @param finishedAt      end time (null while running)
 * @param batches         committed uploads read
 * @param orders          distinct orders read
 * @param customers       customers profiled
 * @param dataFingerprint identifies the purchase data read; equal fingerprints mean unchanged data
 * @param phaseMillis     milliseconds per phase ({@code load}, {@code compute}, {@code store}, {@code publish})
 * @param error           what went wrong, for FAILED and INTERRUPTED runs
 * @param inputs          what was read from each input: the uploads, then every MongoDB source (documents read,
 *                        orders, unreadable documents by reason); empty for skipped runs
 * @param rules           the rule thresholds overridden for this run, or null when the configured ones applied
 * @param clv             the lifetime-value models the run fitted, or why it fitted none; null for runs that did not
 *                        compute (skipped, failed before computing) and runs recorded before lifetime value existed
 * @param spending        the spending amounts the rule segments used (derived from the customers by default); null as
 *                        for {@code clv}
 * @param drift           how the run's customers compare with the model's training data and the previous run (PSI
 *                        per feature, adjusted Rand index, cluster share changes, low-confidence share); null when no
 *                        model assigned clusters and for runs recorded before drift existed
 * @param progress        for a RUNNING run, its phase and an estimate of how far it has got; null otherwise
 */
@Schema(description = "A run: what it read, what it produced, how long each phase took.")
public record Run(String id, @Schema(example = "upload:6650f1...") String trigger, RunStatus status,
                  @Schema(example = "auto") String asOfSetting, @Schema(example = "2011-12-10") @Nullable LocalDate asOf,
                  Instant startedAt, @Nullable Instant finishedAt, int batches, long orders, long customers,
                  @Nullable String dataFingerprint, Map<String, Long> phaseMillis, @Nullable String error,
                  @Nullable List<PurchaseInput> inputs, @Nullable RuleOverrides rules, @Nullable ClvReport clv,
                  @Nullable SpendingReport spending, @Nullable RunDrift drift, @Nullable RunProgress progress) {

    /** A run as stored: without progress, which only a running run answers. */
    public Run(String id, String trigger, RunStatus status, String asOfSetting, @Nullable LocalDate asOf,
               Instant startedAt, @Nullable Instant finishedAt, int batches, long orders, long customers,
               @Nullable String dataFingerprint, Map<String, Long> phaseMillis, @Nullable String error,
               @Nullable List<PurchaseInput> inputs, @Nullable RuleOverrides rules, @Nullable ClvReport clv,
               @Nullable SpendingReport spending, @Nullable RunDrift drift) {
        this(id, trigger, status, asOfSetting, asOf, startedAt, finishedAt, batches, orders, customers, dataFingerprint,
                phaseMillis, error, inputs, rules, clv, spending, drift, null);
    }

    /** This running run with how far it has got. */
    Run withProgress(@Nullable RunProgress now) {
        return new Run(id, trigger, status, asOfSetting, asOf, startedAt, finishedAt, batches, orders, customers,
                dataFingerprint, phaseMillis, error, inputs, rules, clv, spending, drift, now);
    }

    /** A run without input reports or rule overrides (add them with {@link #with(List, RuleOverrides)}). */
    public Run(String id, String trigger, RunStatus status, String asOfSetting, @Nullable LocalDate asOf,
               Instant startedAt, @Nullable Instant finishedAt, int batches, long orders, long customers,
               @Nullable String dataFingerprint, Map<String, Long> phaseMillis, @Nullable String error) {
        this(id, trigger, status, asOfSetting, asOf, startedAt, finishedAt, batches, orders, customers, dataFingerprint,
                phaseMillis, error, List.of(), null, null, null, null);
    }

    /** A run with input reports and rule overrides and no lifetime-value report. */
    public Run(String id, String trigger, RunStatus status, String asOfSetting, @Nullable LocalDate asOf,
               Instant startedAt, @Nullable Instant finishedAt, int batches, long orders, long customers,
               @Nullable String dataFingerprint, Map<String, Long> phaseMillis, @Nullable String error,
               @Nullable List<PurchaseInput> inputs, @Nullable RuleOverrides rules) {
        this(id, trigger, status, asOfSetting, asOf, startedAt, finishedAt, batches, orders, customers, dataFingerprint,
                phaseMillis, error, inputs, rules, null, null, null);
    }

    /** This run with its lifetime-value report. */
    Run withClv(@Nullable ClvReport report) {
        return new Run(id, trigger, status, asOfSetting, asOf, startedAt, finishedAt, batches, orders, customers,
                dataFingerprint, phaseMillis, error, inputs, rules, report, spending, drift);
    }

    /** This run with the spending amounts its rule segments used. */
    Run withSpending(@Nullable SpendingReport report) {
        return new Run(id, trigger, status, asOfSetting, asOf, startedAt, finishedAt, batches, orders, customers,
                dataFingerprint, phaseMillis, error, inputs, rules, clv, report, drift);
    }

    /** This run with its drift and stability report. */
    Run withDrift(@Nullable RunDrift report) {
        return new Run(id, trigger, status, asOfSetting, asOf, startedAt, finishedAt, batches, orders, customers,
                dataFingerprint, phaseMillis, error, inputs, rules, clv, spending, report);
    }

    Run finish(RunStatus newStatus, Instant at, @Nullable String newError) {
        return new Run(id, trigger, newStatus, asOfSetting, asOf, startedAt, at, batches, orders, customers,
                dataFingerprint, phaseMillis, newError, inputs, rules, clv, spending, drift);
    }

    /** This run with its input reports and rule overrides. */
    Run with(List<PurchaseInput> newInputs, @Nullable RuleOverrides newRules) {
        return new Run(id, trigger, status, asOfSetting, asOf, startedAt, finishedAt, batches, orders, customers,
                dataFingerprint, phaseMillis, error, List.copyOf(newInputs), newRules, clv, spending, drift);
    }
}
