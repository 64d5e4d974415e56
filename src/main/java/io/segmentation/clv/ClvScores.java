package io.segmentation.clv;

/**
 * Scores of many customers as parallel arrays, index i for the i-th summary scored (see {@link CustomerScore} for
 * units); the arrays belong to the caller.
 */
public record ClvScores(double[] probabilityAlive, double[] expectedPurchases, double[] averageOrderValue,
                        boolean[] populationMean, double[] lifetimeValue) {

    /** Customers scored. */
    public int size() {
        return probabilityAlive.length;
    }

    /** The i-th customer's scores, churn risk included. */
    public CustomerScore get(int i) {
        return new CustomerScore(probabilityAlive[i], 1 - probabilityAlive[i], expectedPurchases[i],
                averageOrderValue[i], populationMean[i], lifetimeValue[i]);
    }
}
