package io.segmentation.clv;

/**
 * A customer's expected value per purchase under Gamma-Gamma.
 *
 * @param value          expected value of a purchase day, in the data's currency; NaN when undefined (q <= 1, x = 0)
 * @param populationMean true when the customer had no repeat purchase, so the value is the population mean
 */
public record AverageOrderValue(double value, boolean populationMean) {
}
