package io.segmentation.segments;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One segment of the published run with its most valuable customers.
 *
 * @param runId        the published run
 * @param asOf         its reference date
 * @param segment      the segment's profile (rule, size, value, averages, actions)
 * @param topCustomers up to 10 members with the highest monetary value
 */
@Schema(description = "A segment's profile and its most valuable customers.")
public record SegmentDetail(String runId, LocalDate asOf, SegmentProfile segment, List<CustomerProfile> topCustomers) {
}
