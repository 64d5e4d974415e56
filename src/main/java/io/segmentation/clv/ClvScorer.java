package io.segmentation.clv;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores customers with fitted BG/NBD and spend parameters: P(alive), expected purchases over the horizon, average
 * order value and lifetime value, with the hypergeometric work done once per distinct (x, T).
 *
 * <p>Why that is enough: eq. 10 is P(alive | x, tx, T) times a factor that depends on x and T only, so per customer
 * only P(alive) (one exp and two logs) and Gamma-Gamma's E[M] are computed. Not thread-safe (the cache); use one
 * scorer per thread.
 */
public final class ClvScorer {

    private final BgNbdParameters bgNbd;
    private final GammaGammaParameters spend;
    private final double fixedOrderValue;
    private final LifetimeValueOptions options;
    private final Map<Key, double[]> ifAlive = new HashMap<>();

    private record Key(int x, double T, TimeUnit unit) {
    }

    /**
     * @param bgNbd   fitted in the time unit of the summaries to be scored
     * @param spend   Gamma-Gamma parameters for each customer's E[M | x, monetary]
     * @param options horizon and discount rate
     */
    public ClvScorer(BgNbdParameters bgNbd, GammaGammaParameters spend, LifetimeValueOptions options) {
        this(bgNbd, spend, Double.NaN, options);
    }

    private ClvScorer(BgNbdParameters bgNbd, GammaGammaParameters spend, double fixedOrderValue,
                      LifetimeValueOptions options) {
        this.bgNbd = bgNbd;
        this.spend = spend;
        this.fixedOrderValue = fixedOrderValue;
        this.options = options;
    }

    /**
     * A scorer that gives every customer the same order value (flagged as a population mean), for when the spend model
     * could not be fitted.
     *
     * @param averageOrderValue value per purchase day in the data's currency, e.g. the mean monetary of repeat buyers
     */
    public static ClvScorer withAverageOrderValue(BgNbdParameters bgNbd, double averageOrderValue,
                                                  LifetimeValueOptions options) {
        return new ClvScorer(bgNbd, null, averageOrderValue, options);
    }

    /** Scores one customer. */
    public CustomerScore score(CustomerSummary customer) {
        double[] factors = factors(customer);
        double alive = bgNbd.probabilityAlive(customer.x(), customer.tx(), customer.T());
        AverageOrderValue value = orderValue(customer);
        return new CustomerScore(alive, 1 - alive, alive * factors[0], value.value(), value.populationMean(),
                alive * value.value() * factors[1]);
    }

    /** Scores the customers in order; the result's index i is {@code customers.get(i)}. */
    public ClvScores score(List<CustomerSummary> customers) {
        int n = customers.size();
        double[] alive = new double[n];
        double[] purchases = new double[n];
        double[] orderValue = new double[n];
        boolean[] populationMean = new boolean[n];
        double[] lifetimeValue = new double[n];
        for (int i = 0; i < n; i++) {
            CustomerSummary customer = customers.get(i);
            double[] factors = factors(customer);
            double p = bgNbd.probabilityAlive(customer.x(), customer.tx(), customer.T());
            AverageOrderValue value = orderValue(customer);
            alive[i] = p;
            purchases[i] = p * factors[0];
            orderValue[i] = value.value();
            populationMean[i] = value.populationMean();
            lifetimeValue[i] = p * value.value() * factors[1];
        }
        return new ClvScores(alive, purchases, orderValue, populationMean, lifetimeValue);
    }

    /** Distinct (x, T) seen so far, each scored once. */
    public int cachedHistories() {
        return ifAlive.size();
    }

    /** { purchases over the horizon if alive, discounted purchases per period if alive }. */
    private double[] factors(CustomerSummary c) {
        return ifAlive.computeIfAbsent(new Key(c.x(), c.T(), c.unit()), k -> new double[] {
                bgNbd.expectedPurchasesIfAlive(k.unit().fromDays(options.horizonDays()), k.x(), k.T()),
                LifetimeValue.discountedPurchasesIfAlive(bgNbd, k.x(), k.T(), k.unit(), options) });
    }

    private AverageOrderValue orderValue(CustomerSummary c) {
        return spend == null ? new AverageOrderValue(fixedOrderValue, true)
                : spend.expectedAverageOrderValue(c.x(), c.monetary());
    }
}
