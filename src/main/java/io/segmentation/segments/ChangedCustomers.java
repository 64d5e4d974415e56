package io.segmentation.segments;

import java.util.Optional;
import java.util.Set;

/**
 * The customers whose segments changed between two runs, for {@code /customers?changedSince=}; implemented by the
 * feature that keeps the runs' deltas (events), so that segments need not know it.
 */
public interface ChangedCustomers {

    /**
     * The ids of the customers whose RFM segment, cluster or rule segment changed in any run after {@code sinceRunId}
     * up to {@code publishedRunId} (new customers included, customers who left excluded: they have no profile).
     *
     * @return empty when the deltas kept do not reach back to {@code sinceRunId} (an unknown or too old run)
     */
    Optional<Set<String>> since(String sinceRunId, String publishedRunId);
}
