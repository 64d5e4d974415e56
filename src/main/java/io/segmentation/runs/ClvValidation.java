package io.segmentation.runs;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * Repeat purchase days in a holdout period against the BG/NBD expectation fitted on the calibration period.
 *
 * @param status          {@code FITTED} or {@code FAILED} (then {@code reason} says why and the figures are empty)
 * @param bgNbd           the calibration fit, or null
 * @param customers       per customer who bought in the calibration period: actual and predicted repeat purchase
 *                        days in the holdout
 * @param excludedCustomers customers whose first purchase is after the calibration end
 * @param cumulative      per week since the first purchase day: cumulative repeat purchase days, actual and expected
 *                        (unconditional E[X(t)] from each customer's first purchase, as lifetimes'
 *                        {@code expected_cumulative_transactions})
 */
@Schema(description = "Predicted against actual repeat purchases in a holdout period.")
public record ClvValidation(String status, @Nullable String reason, String timeUnit, String calibrationEnd,
                            int holdoutDays, ClvReport.@Nullable BgNbd bgNbd, List<Customer> customers,
                            int excludedCustomers, Totals totals, List<Week> cumulative) {

    /** One customer: repeat purchase days in the holdout, actual and predicted. */
    public record Customer(String customerId, int actual, double predicted) {
    }

    /** Sums over the customers, and the mean absolute error per customer. */
    public record Totals(double actual, double predicted, double meanAbsoluteError) {
    }

    /**
     * One week of the cumulative curve.
     *
     * @param holdout whether the week ends after the calibration end
     */
    public record Week(int week, String endDate, double actual, double predicted, boolean holdout) {
    }
}
