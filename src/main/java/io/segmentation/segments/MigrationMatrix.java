package io.segmentation.segments;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * How customers moved between the RFM segments of two runs; stored in {@code migrations} under the later run's id
 * when that run completes (from the run published before it).
 *
 * @param id            the later run's id
 * @param fromRunId     the earlier run
 * @param toRunId       the later run
 * @param fromAsOf      the earlier run's reference date
 * @param toAsOf        the later run's reference date
 * @param basis         {@code run} (counted when the later run completed) or {@code history} (counted from the
 *                      segment histories of the published run's customers)
 * @param customers     customers present in both runs: the sum of the cells' customers
 * @param revenue       their monetary value in the later run, in the data's currency
 * @param newCustomers  customers in the later run only
 * @param goneCustomers customers in the earlier run only (null when counted from histories, which cannot tell)
 * @param cells         one cell per (from, to) pair with customers, in RFM table order
 */
@Document("migrations")
@Schema(description = "Customers moving between RFM segments from one run to another.")
public record MigrationMatrix(@Id String id, String fromRunId, String toRunId,
                              @Schema(example = "2011-11-10") @Nullable LocalDate fromAsOf,
                              @Schema(example = "2011-12-10") @Nullable LocalDate toAsOf,
                              @Schema(example = "run") String basis,
                              @Schema(example = "3400") long customers,
                              @Schema(example = "1234567.5") double revenue,
                              @Schema(example = "146") long newCustomers,
                              @Schema(example = "0") @Nullable Long goneCustomers,
                              List<Cell> cells) {

    /**
     * Customers that were in {@code from} in the earlier run and are in {@code to} in the later one.
     *
     * @param from        RFM segment id in the earlier run
     * @param to          RFM segment id in the later run
     * @param customers   how many customers made this move
     * @param revenue     their monetary value in the later run
     * @param fromRevenue their monetary value in the earlier run
     */
    @Schema(description = "One from-to pair of the migration matrix.")
    public record Cell(@Schema(example = "loyal-customers") String from, @Schema(example = "champions") String to,
                       @Schema(example = "41") long customers, @Schema(example = "52310.2") double revenue,
                       @Schema(example = "40022.9") double fromRevenue) {
    }
}
