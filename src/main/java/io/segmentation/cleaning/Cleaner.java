package io.segmentation.cleaning;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Applies the cleaning rules to the lines of one file as they stream past and counts what each rule removed;
 * exact duplicates are recognised by their fingerprint among the lines kept so far. Not thread-safe: one per file.
 */
public final class Cleaner {

    private final int maxErrors;
    private final LongHashSet seen = new LongHashSet();
    private final long[] counts = new long[RejectionReason.values().length];
    private final List<RowError> errors = new ArrayList<>();
    private long read;
    private long accepted;

    /** @param maxErrors how many removed rows the report lists with their line numbers (e.g. 100) */
    public Cleaner(int maxErrors) {
        this.maxErrors = maxErrors;
    }

    /** Checks a parsed line; true when it is kept. */
    public boolean accept(PurchaseLine line) {
        read++;
        for (CleaningRule rule : CleaningRule.DEFAULTS) {
            if (rule.rejects().test(line)) {
                record(line.line(), rule.reason(), rule.message().apply(line));
                return false;
            }
        }
        if (!seen.add(line.fingerprint())) {
            record(line.line(), RejectionReason.DUPLICATE, "exact repeat of an earlier line of order " + line.orderId());
            return false;
        }
        accepted++;
        return true;
    }

    /** Counts a row that could not be parsed. */
    public void rejectUnparseable(long line, String message) {
        read++;
        record(line, RejectionReason.UNPARSEABLE, message);
    }

    /** Moves lines already accepted to another reason (used for IQR outliers, found once all orders are known). */
    public void reclassify(long lines, RejectionReason reason) {
        accepted -= lines;
        counts[reason.ordinal()] += lines;
    }

    private void record(long line, RejectionReason reason, String message) {
        counts[reason.ordinal()]++;
        if (errors.size() < maxErrors) {
            errors.add(new RowError(line, reason, message));
        }
    }

    /** The report so far. */
    public CleaningReport report() {
        Map<RejectionReason, Long> byReason = new EnumMap<>(RejectionReason.class);
        long rejected = 0;
        for (RejectionReason reason : RejectionReason.values()) {
            byReason.put(reason, counts[reason.ordinal()]);
            rejected += counts[reason.ordinal()];
        }
        return new CleaningReport(read, accepted, rejected, Collections.unmodifiableMap(byReason), List.copyOf(errors));
    }
}
