package io.segmentation.cleaning;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Applies the cleaning rules to the lines of one file as they stream past and counts what each rule removed;
 * exact duplicates are recognised by their fingerprint among the lines kept so far. Not thread-safe: one per file.
 */
public final class Cleaner {

    private final int maxErrors;
    private final Set<RejectionReason> disabled;
    private @Nullable LongHashSet seen = new LongHashSet();
    private final long[] counts = new long[RejectionReason.values().length];
    private final List<RowError> errors = new ArrayList<>();
    private long read;
    private long accepted;

    /** @param maxErrors how many removed rows the report lists with their line numbers (e.g. 100) */
    public Cleaner(int maxErrors) {
        this(maxErrors, Set.of());
    }

    /**
     * A cleaner with some rules switched off. With {@code NON_POSITIVE_QUANTITY} or {@code NON_POSITIVE_PRICE} off,
     * zero is kept (a free order, a 100% voucher) and a negative value is still removed under the same reason,
     * unless the line is a cancellation and {@code CANCELLED} is off too.
     *
     * @param disabled rules not to apply
     * @throws IllegalArgumentException for a rule that cannot be switched off ({@link #ALWAYS_ON})
     */
    public Cleaner(int maxErrors, Set<RejectionReason> disabled) {
        this.maxErrors = maxErrors;
        requireSwitchable(disabled);
        this.disabled = disabled.isEmpty() ? Set.of() : java.util.EnumSet.copyOf(disabled);
    }

    /** Throws {@link IllegalArgumentException} naming a rule of {@code disabled} that cannot be switched off. */
    public static void requireSwitchable(java.util.Collection<RejectionReason> disabled) {
        for (RejectionReason reason : disabled) {
            if (ALWAYS_ON.contains(reason)) {
                throw new IllegalArgumentException("cleaning rule " + reason + " cannot be switched off: "
                        + (reason == RejectionReason.UNPARSEABLE ? "a row that cannot be read has no purchase to keep"
                        : "a purchase without a customer id belongs to no customer"));
            }
        }
    }

    /** Rules that always run. */
    public static final Set<RejectionReason> ALWAYS_ON = Set.of(RejectionReason.UNPARSEABLE,
            RejectionReason.MISSING_CUSTOMER_ID);

    /**
     * Frees the fingerprints of the lines seen (8-11 bytes an accepted line: 512 MB for the 37 M accepted lines of
     * a 50,000,000-line file) once the last line is in, before the orders are built from them; {@link #accept} then
     * throws {@link IllegalStateException}. The report and {@link #reclassify} still work.
     */
    public void linesEnded() {
        seen = null;
    }

    /** The rules this cleaner applies, in report order (OUTLIER only counts when outlier removal is on). */
    public List<RejectionReason> rules() {
        return java.util.Arrays.stream(RejectionReason.values()).filter(r -> !disabled.contains(r)).toList();
    }

    /** Checks a parsed line; true when it is kept. */
    public boolean accept(PurchaseLine line) {
        LongHashSet seen = this.seen;
        if (seen == null) {
            throw new IllegalStateException("line " + line.line() + " came after the end of the lines");
        }
        read++;
        for (CleaningRule rule : CleaningRule.DEFAULTS) {
            boolean off = disabled.contains(rule.reason());
            if (!off && rule.rejects().test(line) || off && rejectsNegative(rule.reason(), line)) {
                record(line.line(), rule.reason(), rule.message().apply(line));
                return false;
            }
        }
        if (!disabled.contains(RejectionReason.DUPLICATE) && !seen.add(line.fingerprint())) {
            record(line.line(), RejectionReason.DUPLICATE, "exact repeat of an earlier line of order " + line.orderId());
            return false;
        }
        accepted++;
        return true;
    }

    /** A switched-off quantity or price rule still removes negative values, except on kept cancellations. */
    private boolean rejectsNegative(RejectionReason reason, PurchaseLine line) {
        if (line.cancelled() && disabled.contains(RejectionReason.CANCELLED)) {
            return false;
        }
        return reason == RejectionReason.NON_POSITIVE_QUANTITY && line.quantity() < 0
                || reason == RejectionReason.NON_POSITIVE_PRICE && line.price() < 0;
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
