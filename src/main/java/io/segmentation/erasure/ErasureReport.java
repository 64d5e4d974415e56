package io.segmentation.erasure;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * The answer to an erasure.
 *
 * @param erasureId the audit record's id ({@code erasures}; it names no customer)
 * @param erasedAt  when the data was removed
 * @param removed   counts per store
 * @param run       the run that followed, so the published segments no longer count the customer
 * @param notes     what the service cannot erase itself (MongoDB sources it reads but does not hold)
 */
@Schema(description = "What an erasure removed and the run that followed.")
record ErasureReport(String erasureId, Instant erasedAt, ErasureCounts removed, @Nullable RunReference run,
                            List<String> notes) {

    /**
     * The run that followed.
     *
     * @param id     run id
     * @param status its status, COMPLETED normally
     */
    public record RunReference(String id, @Schema(example = "COMPLETED") String status) {
    }
}
