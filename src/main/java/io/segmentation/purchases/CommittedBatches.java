package io.segmentation.purchases;

import java.util.List;

/**
 * The ids of the order batches (uploads) whose orders are complete: a run reads only their orders, so a batch still
 * being written, or one that failed half-way, is never seen. Implemented by the upload store.
 */
@FunctionalInterface
public interface CommittedBatches {

    /** Ids of committed batches, oldest first. */
    List<String> ids();

    /** The ISO 4217 codes the committed batches' amounts are in (empty when none says). */
    default java.util.Set<String> currencies() {
        return java.util.Set.of();
    }
}
