package io.segmentation.clv;

/**
 * Customer lifetime value as lifetimes' {@code customer_lifetime_value}: for each month i of the horizon, the expected
 * purchases in month i (the difference of BG/NBD conditional expectations, FHL 2005 eq. 10) times the expected value
 * per purchase, divided by (1 + monthly rate)^i, summed.
 *
 * <p>A month is 30 days in every time unit (lifetimes uses 4.345 weeks for weekly data; 30 days keeps the figure
 * independent of the unit). A horizon that is not whole months ends with a partial month (e.g. 365 days: 12 months and
 * days 361-365) whose purchases are discounted at its end, (1 + rate)^(365 / 30).
 */
public final class LifetimeValue {

    private LifetimeValue() {
    }

    /**
     * @param bgNbd             fitted in {@code customer}'s time unit
     * @param averageOrderValue expected value per purchase day, in the data's currency (e.g. from Gamma-Gamma)
     * @param customer          the calibration summary
     * @return the discounted expected value over the horizon, in the data's currency, >= 0 (NaN when the order value is)
     */
    public static double of(BgNbdParameters bgNbd, double averageOrderValue, CustomerSummary customer,
                            LifetimeValueOptions options) {
        return bgNbd.probabilityAlive(customer.x(), customer.tx(), customer.T()) * averageOrderValue
                * discountedPurchasesIfAlive(bgNbd, customer.x(), customer.T(), customer.unit(), options);
    }

    /** As {@link #of(BgNbdParameters, double, CustomerSummary, LifetimeValueOptions)} with Gamma-Gamma's E[M | x, m]. */
    public static double of(BgNbdParameters bgNbd, GammaGammaParameters spend, CustomerSummary customer,
                            LifetimeValueOptions options) {
        return of(bgNbd, spend.expectedAverageOrderValue(customer.x(), customer.monetary()).value(), customer, options);
    }

    /**
     * Sum over the periods of the discounted expected purchases of a customer known to be alive; multiplied by
     * P(alive) it is the discounted expectation (eq. 10 is P(alive) times this customer's purchases if alive).
     */
    static double discountedPurchasesIfAlive(BgNbdParameters bgNbd, int x, double T, TimeUnit unit,
                                             LifetimeValueOptions options) {
        double sum = 0;
        double previous = 0;
        for (int k = 1; k <= options.periods(); k++) {
            double cumulative = bgNbd.expectedPurchasesIfAlive(unit.fromDays(options.periodEndDay(k)), x, T);
            sum += (cumulative - previous) * options.discount(k);
            previous = cumulative;
        }
        return sum;
    }
}
