package io.segmentation.events;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * A page of a run's segment changes, in the envelope of customer pages.
 *
 * @param runId         the run (null before the first run)
 * @param previousRunId the run it is compared with, null when there is none
 * @param page          0-based page number
 * @param size          page size
 * @param totalElements changes in the run's delta
 * @param totalPages    pages of this size
 * @param content       the changes of this page
 * @param sort          always {@code customerId,asc}: the run's customers by id, then those no longer in the data by id
 * @param note          why the delta is empty when it is empty by construction (first run, a run not completed), else null
 */
@Schema(description = "A page of the customers whose segments changed in a run.")
public record ChangePage(@Nullable String runId, @Nullable String previousRunId, int page, int size,
                         long totalElements, long totalPages, List<SegmentChange> content,
                         @Schema(example = "customerId,asc") String sort,
                         @Schema(example = "Run 6650f1... is the first published run: there is no previous run to compare with.")
                         @Nullable String note) {

    static final String SORT = "customerId,asc";

    static ChangePage empty(@Nullable String runId, @Nullable String previousRunId, int page, int size, String note) {
        return new ChangePage(runId, previousRunId, page, size, 0, 0, List.of(), SORT, note);
    }
}
