package io.segmentation.segments;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A customer's lifetime value and churn figures in a run (BG/NBD: Fader, Hardie & Lee 2005; Gamma-Gamma: Fader,
 * Hardie & Lee 2005, "RFM and CLV"); times are in the run's {@code segmentation.clv.time-unit}.
 *
 * @param frequency                 x: repeat purchase days (distinct purchase days - 1), >= 0
 * @param recency                   t_x: time from the first to the last purchase day
 * @param T                         time from the first purchase day to the reference date
 * @param probabilityAlive          P(alive) in [0, 1]
 * @param churnRisk                 1 - P(alive)
 * @param expectedPurchases         expected purchase days in the next {@code horizonDays} (eq. 10)
 * @param expectedAverageOrderValue expected value of a purchase day in the data's currency (Gamma-Gamma)
 * @param populationMeanOrderValue  true when the customer has no repeat purchase and gets the population mean value
 * @param predictedClv              discounted expected spend over the horizon in the data's currency
 */
@Schema(description = "Lifetime value and churn figures of a customer (BG/NBD and Gamma-Gamma).")
public record CustomerClv(@Schema(example = "2") int frequency,
                          @Schema(example = "213.0") double recency,
                          @JsonProperty("T") @Schema(example = "272.0") double T,
                          @Schema(example = "0.87") double probabilityAlive,
                          @Schema(example = "0.13") double churnRisk,
                          @Schema(example = "1.93") double expectedPurchases,
                          @Schema(example = "154.2") double expectedAverageOrderValue,
                          @Schema(example = "false") boolean populationMeanOrderValue,
                          @Schema(example = "282.75") double predictedClv) {
}
