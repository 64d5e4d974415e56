package io.segmentation.clv;

import java.util.List;

/**
 * Fits BG/NBD and Gamma-Gamma on a run's customers and scores every one of them, or says why it cannot: the step a
 * run takes for lifetime value and churn.
 *
 * <p>Decisions: below {@code minRepeatCustomers} customers with a repeat purchase nothing is fitted (NOT_FITTED, with
 * the counts in the reason); a BG/NBD fit that fails is FAILED; a Gamma-Gamma fit that fails (for example every
 * repeat buyer spends the same) leaves BG/NBD in use and gives every customer the repeat buyers' mean order value,
 * flagged as a population mean.
 */
public final class ClvEstimation {

    /** Whether the models were fitted. */
    public enum Status { FITTED, NOT_FITTED, FAILED }

    /**
     * The outcome.
     *
     * @param status       FITTED when {@code scores} are there
     * @param reason       why not FITTED, or a note (such as the spend model's failure); null when nothing to say
     * @param customers    customers summarised
     * @param repeatCustomers customers with x > 0
     * @param bgNbd        the BG/NBD fit, null when NOT_FITTED
     * @param gammaGamma   the Gamma-Gamma fit, null when NOT_FITTED or BG/NBD failed
     * @param scores       index-aligned with the summaries; null unless FITTED
     * @param fitMillis    wall time of both fits
     */
    public record Estimate(Status status, String reason, int customers, int repeatCustomers, BgNbdFit bgNbd,
                           GammaGammaFit gammaGamma, ClvScores scores, long fitMillis) {
    }

    private ClvEstimation() {
    }

    /**
     * @param summaries          one per customer, all in one time unit
     * @param options            horizon and monthly discount rate
     * @param minRepeatCustomers customers with a repeat purchase needed to fit, >= 1
     * @return never null; never throws for any data
     */
    public static Estimate estimate(List<CustomerSummary> summaries, LifetimeValueOptions options,
                                    int minRepeatCustomers) {
        int repeat = 0;
        for (CustomerSummary s : summaries) {
            repeat += s.x() > 0 ? 1 : 0;
        }
        if (repeat < minRepeatCustomers) {
            return new Estimate(Status.NOT_FITTED, repeat + " customer" + (repeat == 1 ? "" : "s")
                    + " with a repeat purchase, " + minRepeatCustomers + " needed (segmentation.clv.min-repeat-customers)",
                    summaries.size(), repeat, null, null, null, 0);
        }
        long started = System.nanoTime();
        BgNbdFit bgNbd;
        GammaGammaFit gammaGamma = null;
        try {
            bgNbd = new BgNbdFitter().fit(summaries);
            if (!bgNbd.failed()) {
                gammaGamma = new GammaGammaFitter().fit(summaries);
            }
        } catch (RuntimeException e) { // why: a value in the data must never break a run
            return new Estimate(Status.FAILED, "the fit failed: " + e.getMessage(), summaries.size(), repeat, null,
                    null, null, millisSince(started));
        }
        long fitMillis = millisSince(started);
        if (bgNbd.failed()) {
            return new Estimate(Status.FAILED, bgNbd.message(), summaries.size(), repeat, bgNbd, null, null, fitMillis);
        }
        ClvScorer scorer;
        String note = bgNbd.converged() ? null : bgNbd.message();
        if (gammaGamma.failed()) {
            scorer = ClvScorer.withAverageOrderValue(bgNbd.parameters(), meanRepeatMonetary(summaries), options);
            note = "spend model not fitted (" + gammaGamma.message() + "); every customer gets the repeat buyers' mean"
                    + " order value";
        } else {
            scorer = new ClvScorer(bgNbd.parameters(), gammaGamma.parameters(), options);
        }
        try {
            ClvScores scores = scorer.score(summaries);
            for (int i = 0; i < scores.size(); i++) {
                if (!Double.isFinite(scores.lifetimeValue()[i]) || !Double.isFinite(scores.probabilityAlive()[i])) {
                    throw new ArithmeticException("non-finite figures for a customer with x = "
                            + summaries.get(i).x() + ", T = " + summaries.get(i).T());
                }
            }
            return new Estimate(Status.FITTED, note, summaries.size(), repeat, bgNbd, gammaGamma, scores, fitMillis);
        } catch (RuntimeException e) { // why: parameters at the edge of what the formulas compute never break a run
            return new Estimate(Status.FAILED, "the fitted models cannot score these customers: " + e.getMessage(),
                    summaries.size(), repeat, bgNbd, gammaGamma, null, fitMillis);
        }
    }

    private static double meanRepeatMonetary(List<CustomerSummary> summaries) {
        double sum = 0;
        int n = 0;
        for (CustomerSummary s : summaries) {
            if (s.x() > 0) {
                sum += s.monetary();
                n++;
            }
        }
        return n == 0 ? 0 : sum / n;
    }

    private static long millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }
}
