package io.segmentation.clv;

/**
 * Cumulative repeat purchases up to the end of one week, actual and expected.
 *
 * @param week     weeks since the first day of the data, 1-based
 * @param epochDay the week's last day (the holdout's last day for a final short week)
 * @param actual   repeat purchase days on or before epochDay, all customers in calibration
 * @param expected sum over those customers of E[X(age)] (FHL 2005 eq. 7), age = epochDay - first purchase day; NaN
 *                 when the fit failed
 * @param holdout  true when epochDay is after the end of calibration
 */
public record CumulativePoint(int week, int epochDay, double actual, double expected, boolean holdout) {
}
