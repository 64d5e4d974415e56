package io.segmentation.runs;

import java.time.LocalDate;
import java.util.List;

import io.segmentation.segments.CustomerSegments;

import org.jspecify.annotations.Nullable;

/**
 * Published as an application event once a run's results are live and recorded COMPLETED. Listeners run in the
 * run's thread, after it has finished; a listener that fails is logged and never fails the run.
 *
 * @param runId         the published run
 * @param previousRunId the run published before it, or null for the first
 * @param asOf          the run's reference date
 * @param customers     customers profiled
 * @param segments         each profiled customer's segment ids, sorted by customer id (what the run stored, handed
 *                         over so that listeners comparing runs need not read it back)
 * @param previousSegments each customer's segment ids in the previous published run, as the run read them with the
 *                         histories; empty for the first
 */
public record RunPublished(String runId, @Nullable String previousRunId, LocalDate asOf, long customers,
                           List<CustomerSegments> segments, List<CustomerSegments> previousSegments) {
}
