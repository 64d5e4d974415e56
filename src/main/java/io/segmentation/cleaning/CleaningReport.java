package io.segmentation.cleaning;

import java.util.List;
import java.util.Map;

/**
 * What cleaning kept and removed.
 *
 * @param read             data rows read (the header not counted)
 * @param accepted         rows kept
 * @param rejected         rows removed, the sum of {@code rejectedByReason}
 * @param rejectedByReason rows removed per rule, every rule listed (0 when it removed nothing)
 * @param errors           the first removed rows with their line numbers, in file order (at most the configured limit)
 */
public record CleaningReport(long read, long accepted, long rejected, Map<RejectionReason, Long> rejectedByReason,
                             List<RowError> errors) {
}
