package io.segmentation.clv;

import org.apache.commons.math3.special.Beta;
import org.apache.commons.math3.special.Gamma;

/**
 * The four BG/NBD parameters (Fader, Hardie &amp; Lee 2005, "Counting your customers the easy way", Marketing Science
 * 24(2)) and the per-customer quantities they imply; times (t, tx, T, alpha) are in the unit the model was fitted in.
 *
 * @param r     shape of the gamma distribution of purchase rates, > 0
 * @param alpha scale of that gamma distribution, in the time unit, > 0
 * @param a     first shape of the beta distribution of dropout probabilities, > 0
 * @param b     second shape of that beta distribution, > 0
 */
public record BgNbdParameters(double r, double alpha, double a, double b) {

    private static final double NEAR_ONE = 1e-5;

    /** Above this b the dropout process is negligible and the NBD limit of eq. 10 is used. */
    static final double NO_DROPOUT_B = 1e4;

    /** Above this a and b (2F1 breaks down near 1,000) the dropout probability is in effect one number, a / (a + b). */
    static final double CONCENTRATED = 500;

    /** @throws IllegalArgumentException when a parameter is not finite and > 0 */
    public BgNbdParameters {
        if (!(r > 0 && alpha > 0 && a > 0 && b > 0) || !Double.isFinite(r + alpha + a + b)) {
            throw new IllegalArgumentException("BG/NBD parameters must be finite and > 0, got r=" + r + " alpha=" + alpha
                    + " a=" + a + " b=" + b);
        }
    }

    /**
     * One customer's log-likelihood, FHL 2005 eq. 6 in log form with log-sum-exp:
     * ln Gamma(r+x) - ln Gamma(r) + r ln alpha + ln[B(a, b+x)/B(a, b) (alpha+T)^-(r+x)
     * + [x > 0] B(a+1, b+x-1)/B(a, b) (alpha+tx)^-(r+x)].
     *
     * @param x  repeat purchases, >= 0
     * @param tx time of the last purchase since the first, 0 <= tx <= T
     * @param T  time from the first purchase to the end of calibration
     */
    public double logLikelihood(int x, double tx, double T) {
        double common = Gamma.logGamma(r + x) - Gamma.logGamma(r) + r * Math.log(alpha) - Beta.logBeta(a, b);
        double stillAlive = Beta.logBeta(a, b + x) - (r + x) * Math.log(alpha + T);
        if (x == 0) {
            return common + stillAlive;
        }
        double droppedOut = Beta.logBeta(a + 1, b + x - 1) - (r + x) * Math.log(alpha + tx);
        return common + logSumExp(stillAlive, droppedOut);
    }

    /**
     * P(alive | x, tx, T) = 1 / (1 + [x > 0] a / (b + x - 1) ((alpha + T) / (alpha + tx))^(r + x)), in [0, 1]; 1 for
     * x = 0 (BG/NBD lets customers drop out only right after a repeat purchase). Source: Fader, Hardie &amp; Lee 2008,
     * "Computing P(alive) using the BG/NBD model" (the inverse of FHL 2005 eq. 10's denominator).
     */
    public double probabilityAlive(int x, double tx, double T) {
        if (x == 0) {
            return 1;
        }
        // why: in logs so that a large x or T / tx overflows to P = 0, never to NaN
        double logOdds = Math.log(a / (b + x - 1)) + (r + x) * (Math.log(alpha + T) - Math.log(alpha + tx));
        return 1 / (1 + Math.exp(logOdds));
    }

    /** 1 - {@link #probabilityAlive(int, double, double)}, in [0, 1]. */
    public double churnRisk(int x, double tx, double T) {
        return 1 - probabilityAlive(x, tx, T);
    }

    /**
     * E[Y(t) | x, tx, T]: expected repeat purchases in (T, T + t] of a customer with this history, FHL 2005 eq. 10.
     *
     * @param t horizon in the time unit, >= 0
     */
    public double expectedPurchases(double t, int x, double tx, double T) {
        return probabilityAlive(x, tx, T) * expectedPurchasesIfAlive(t, x, T);
    }

    /** E[X(t)]: expected repeat purchases in (0, t] of a new customer, FHL 2005 eq. 7; t in the time unit, >= 0. */
    public double expectedPurchases(double t) {
        return expectedPurchasesIfAlive(t, 0, 0);
    }

    /**
     * FHL 2005 eq. 10 without its denominator 1 / P(alive): (a+b+x-1)/(a-1) [1 - ((alpha+T)/(alpha+T+t))^(r+x)
     * 2F1(r+x, b+x; a+b+x-1; z)], z = t / (alpha+T+t); depends on x and T only, not on tx.
     */
    double expectedPurchasesIfAlive(double t, int x, double T) {
        if (!(t >= 0)) {
            throw new IllegalArgumentException("horizon t must be >= 0, got " + t);
        }
        if (t == 0) {
            return 0;
        }
        if (Math.abs(a - 1) < NEAR_ONE) {
            // why: eq. 10 is 0/0 at a = 1; it is smooth in a, so the mean of a = 1 -/+ 1e-5 is within ~1e-10 of it
            return (ifAlive(t, x, T, 1 - NEAR_ONE) + ifAlive(t, x, T, 1 + NEAR_ONE)) / 2;
        }
        return ifAlive(t, x, T, a);
    }

    private double ifAlive(double t, int x, double T, double a) {
        if (b > NO_DROPOUT_B && a / (a + b) < 1e-4) {
            // why: with b this large the dropout probability p ~ Beta(a, b) has mean a / (a + b) < 1e-4, so a
            // customer alive now stays alive over any horizon the service uses, and eq. 10 tends to the NBD's
            // E[lambda | x, T] t = (r + x) t / (alpha + T); 2F1's series would need millions of terms there (fits on
            // samples that show no dropout, such as a 30,000-line sample of Online Retail, end at b ~ 1e6)
            return (r + x) * t / (alpha + T);
        }
        if (a > CONCENTRATED && b > CONCENTRATED) {
            // why: Beta(a, b) with a and b above 500 has a relative spread below 5%: p is in effect fixed at
            // a / (a + b), and E[(1 - exp(-lambda p t)) / p] over lambda ~ Gamma(r + x, alpha + T) is
            // (1 - ((alpha + T) / (alpha + T + p t))^(r + x)) / p; 2F1 over- and underflows there
            double p = a / (a + b);
            return -Math.expm1(-(r + x) * Math.log1p(p * t / (alpha + T))) / p;
        }
        double z = t / (alpha + T + t);
        double c = a + b + x - 1;
        // why: Euler's transformation (1-z)^(r+x) 2F1(r+x, b+x; c; z) = (1-z)^(a-1) 2F1(a+b-1-r, a-1; c; z) keeps
        // (1-z)^-(r+x) from overflowing for large x
        double oneMinusZ = (alpha + T) / (alpha + T + t);
        double tail = Math.pow(oneMinusZ, a - 1) * Hypergeometric.hyp2f1(a + b - 1 - r, a - 1, c, z);
        return c / (a - 1) * (1 - tail);
    }

    static double logSumExp(double u, double v) {
        double max = Math.max(u, v);
        // why: log(1 + e) rather than log1p(e): its error is below 1e-16 absolute, all a log-likelihood needs, and
        // Math.log is an intrinsic where log1p is not (the fit evaluates this per customer group, hundreds of times)
        return max + Math.log(1 + Math.exp(Math.min(u, v) - max));
    }
}
