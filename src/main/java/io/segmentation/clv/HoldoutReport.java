package io.segmentation.clv;

import java.util.List;

/**
 * How well BG/NBD fitted on a calibration period predicts the purchases of the holdout period that follows.
 *
 * @param fit                the calibration fit
 * @param calibrationEndDay  last epoch day of calibration (inclusive)
 * @param holdoutDays        holdout length in days: epoch days (calibrationEndDay, calibrationEndDay + holdoutDays]
 * @param customers          the customers whose first purchase is in calibration, in input order
 * @param excludedCustomers  customers left out because their first purchase is after calibration
 * @param actualPurchases    total distinct purchase days in the holdout
 * @param expectedPurchases  total expected by eq. 10; NaN when the fit failed
 * @param meanAbsoluteError  mean over customers of |actual - expected|; NaN when the fit failed
 * @param cumulative         weekly cumulative repeat purchases from the first day of the data to the holdout's end
 */
public record HoldoutReport(BgNbdFit fit, int calibrationEndDay, int holdoutDays, List<HoldoutCustomer> customers,
                            int excludedCustomers, double actualPurchases, double expectedPurchases,
                            double meanAbsoluteError, List<CumulativePoint> cumulative) {
}
