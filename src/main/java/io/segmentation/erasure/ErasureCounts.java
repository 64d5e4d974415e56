package io.segmentation.erasure;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * What an erasure removed, per store; a retried erasure counts only what the earlier attempt left.
 *
 * @param orders            orders removed from the uploads' stored orders
 * @param fileLines         rows removed from kept upload files
 * @param files             kept upload files rewritten
 * @param profiles          customer profiles removed (one per stored run)
 * @param historyEntries    segment history entries those profiles held
 * @param changes           segment changes removed from stored deltas
 * @param dashboardRuns     dashboard aggregates (one per run) that named the customer
 */
@Schema(description = "What an erasure removed, per store.")
record ErasureCounts(@Schema(example = "7") long orders, @Schema(example = "31") long fileLines,
                            @Schema(example = "1") long files, @Schema(example = "2") long profiles,
                            @Schema(example = "3") long historyEntries, @Schema(example = "4") long changes,
                            @Schema(example = "1") long dashboardRuns) {
}
