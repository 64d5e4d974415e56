package io.segmentation.clv;

import java.util.List;

/**
 * Fits BG/NBD by maximum likelihood (Fader, Hardie &amp; Lee 2005, eq. 6): BOBYQA on the log-parameters from three
 * deterministic starts, customers with equal (x, tx, T) evaluated once with their count as weight.
 */
public final class BgNbdFitter {

    private static final int MAX_EVALUATIONS_PER_START = 3_000;
    private static final String[] NAMES = { "r", "alpha", "a", "b" };
    /** Starts as (r, alpha / mean T, a, b): neutral, near the CDNOW fit of FHL 2005, and a few-buyers-long-lived one. */
    private static final double[][] STARTS = { { 1, 1, 1, 1 }, { 0.25, 0.1, 0.8, 2.5 }, { 3, 3, 0.3, 5 } };

    private final double penalizer;

    /** An unpenalised fitter. */
    public BgNbdFitter() {
        this(0);
    }

    /**
     * @param penalizer L2 penalty c: maximises mean log-likelihood - c (r^2 + alpha^2 + a^2 + b^2), as lifetimes'
     *                  {@code penalizer_coef}; >= 0, 0 for plain maximum likelihood
     * @throws IllegalArgumentException when negative or not finite
     */
    public BgNbdFitter(double penalizer) {
        if (!(penalizer >= 0) || !Double.isFinite(penalizer)) {
            throw new IllegalArgumentException("penalizer must be finite and >= 0, got " + penalizer);
        }
        this.penalizer = penalizer;
    }

    /**
     * Fits the customers' summaries; never throws for data: no customers, no repeat buyer, mixed time units, a
     * non-finite likelihood or an optimiser failure give a {@link BgNbdFit#failed() failed} fit with a message.
     *
     * @param summaries calibration summaries, all in one time unit
     */
    public BgNbdFit fit(List<CustomerSummary> summaries) {
        if (summaries.isEmpty()) {
            return BgNbdFit.failed(0, 0, 0, null, "not enough data: no customers");
        }
        TimeUnit unit = summaries.get(0).unit();
        if (summaries.stream().anyMatch(s -> s.unit() != unit)) {
            return BgNbdFit.failed(summaries.size(), 0, 0, unit, "summaries mix time units; use one unit for all");
        }
        BgNbdLikelihood likelihood = new BgNbdLikelihood(summaries);
        if (likelihood.repeatBuyers() == 0) {
            return BgNbdFit.failed(likelihood.customers(), 0, 0, unit, "not enough data: none of the "
                    + likelihood.customers() + " customers has a repeat purchase (x > 0), so purchase and dropout"
                    + " rates cannot be estimated");
        }
        // why: alpha is in time units; scaling it by the mean T puts all four log-parameters near 0 at the start
        double scale = likelihood.meanT() > 0 ? likelihood.meanT() : 1;
        double n = likelihood.customers();
        double[][] starts = new double[STARTS.length][];
        for (int s = 0; s < STARTS.length; s++) {
            starts[s] = new double[4];
            for (int i = 0; i < 4; i++) {
                starts[s][i] = Math.log(STARTS[s][i]);
            }
        }
        MaximumLikelihood.Outcome outcome = MaximumLikelihood.maximize(theta -> {
            BgNbdParameters p = parameters(theta, scale);
            double penalty = penalizer * (p.r() * p.r() + p.alpha() * p.alpha() + p.a() * p.a() + p.b() * p.b());
            return likelihood.total(p.r(), p.alpha(), p.a(), p.b()) / n - penalty;
        }, starts, MAX_EVALUATIONS_PER_START, NAMES);
        if (outcome.failed()) {
            return BgNbdFit.failed(likelihood.customers(), likelihood.repeatBuyers(), outcome.evaluations(), unit,
                    outcome.message());
        }
        BgNbdParameters p = parameters(outcome.point(), scale);
        double logLikelihood = likelihood.total(p.r(), p.alpha(), p.a(), p.b());
        return new BgNbdFit(p, logLikelihood, likelihood.customers(), likelihood.repeatBuyers(), outcome.evaluations(),
                outcome.converged(), unit, outcome.message());
    }

    private static BgNbdParameters parameters(double[] theta, double scale) {
        return new BgNbdParameters(Math.exp(theta[0]), scale * Math.exp(theta[1]), Math.exp(theta[2]),
                Math.exp(theta[3]));
    }
}
