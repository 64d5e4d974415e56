package io.segmentation.clv;

/**
 * One customer's churn and value figures.
 *
 * @param probabilityAlive  P(alive) at the end of calibration, in [0, 1]
 * @param churnRisk         1 - probabilityAlive
 * @param expectedPurchases expected repeat purchase days over the horizon (BG/NBD eq. 10)
 * @param averageOrderValue expected value per purchase day, in the data's currency
 * @param populationMean    true when averageOrderValue is the population mean (no repeat purchase of one's own)
 * @param lifetimeValue     discounted expected value over the horizon, in the data's currency
 */
public record CustomerScore(double probabilityAlive, double churnRisk, double expectedPurchases,
                            double averageOrderValue, boolean populationMean, double lifetimeValue) {
}
