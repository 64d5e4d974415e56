package io.segmentation.clv;

/**
 * One customer in a holdout validation.
 *
 * @param index             the customer's position in the validated list
 * @param calibration       the summary at the end of calibration
 * @param actualPurchases   distinct purchase days in the holdout
 * @param expectedPurchases BG/NBD eq. 10 over the holdout; NaN when the fit failed
 */
public record HoldoutCustomer(int index, CustomerSummary calibration, int actualPurchases, double expectedPurchases) {
}
