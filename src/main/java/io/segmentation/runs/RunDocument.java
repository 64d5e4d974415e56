package io.segmentation.runs;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.segmentation.purchases.PurchaseInput;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A run as stored in {@code runs}; the fields are those of {@link Run}, which is what the API shows. */
@Document("runs")
record RunDocument(@Id String id, String trigger, RunStatus status, String asOfSetting, @Nullable LocalDate asOf,
                   Instant startedAt, @Nullable Instant finishedAt, int batches, long orders, long customers,
                   @Nullable String dataFingerprint, Map<String, Long> phaseMillis, @Nullable String error,
                   @Nullable List<PurchaseInput> inputs, @Nullable RuleOverrides rules,
                   @Nullable ClvReport clv, @Nullable SpendingReport spending, @Nullable RunDrift drift) {

    static RunDocument of(Run r) {
        return new RunDocument(r.id(), r.trigger(), r.status(), r.asOfSetting(), r.asOf(), r.startedAt(),
                r.finishedAt(), r.batches(), r.orders(), r.customers(), r.dataFingerprint(), r.phaseMillis(),
                r.error(), r.inputs(), r.rules(), r.clv(), r.spending(), r.drift());
    }

    Run run() {
        return new Run(id, trigger, status, asOfSetting, asOf, startedAt, finishedAt, batches, orders, customers,
                dataFingerprint, phaseMillis, error, inputs, rules, clv, spending, drift);
    }
}
