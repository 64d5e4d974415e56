package io.segmentation.prediction;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The lifetime-value figures of a purchase history under the published run's models.
 *
 * @param runId                     the run whose BG/NBD and Gamma-Gamma parameters were used
 * @param timeUnit                  unit of the history's times
 * @param horizonDays               horizon of expectedPurchases and predictedClv
 * @param probabilityAlive          P(alive) (Fader, Hardie & Lee 2008 note)
 * @param churnRisk                 1 - P(alive)
 * @param expectedPurchases         expected purchase days in the horizon (Fader, Hardie & Lee 2005, eq. 10)
 * @param expectedAverageOrderValue Gamma-Gamma's conditional expectation of a purchase day's value
 * @param populationMeanOrderValue  true when frequency is 0 and the value is the population mean
 * @param predictedClv              discounted expected spend over the horizon, in the data's currency
 */
@Schema(description = "P(alive), churn risk, expected purchases and predicted CLV of a purchase history.")
public record LifetimeValuePrediction(String runId, String timeUnit, int horizonDays,
                                      @Schema(example = "0.86") double probabilityAlive,
                                      @Schema(example = "0.14") double churnRisk,
                                      @Schema(example = "0.51") double expectedPurchases,
                                      @Schema(example = "24.9") double expectedAverageOrderValue,
                                      boolean populationMeanOrderValue,
                                      @Schema(example = "12.1") double predictedClv) {
}
