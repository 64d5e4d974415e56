package io.segmentation.clv;

import org.apache.commons.math3.special.Gamma;

/**
 * The three Gamma-Gamma spend parameters (Fader, Hardie &amp; Lee 2005, "RFM and CLV: using iso-value curves for
 * customer base analysis", JMR 42(4); Fader &amp; Hardie, "The Gamma-Gamma model of monetary value", 2013): a purchase's
 * value ~ Gamma(p, nu), the customer's nu ~ Gamma(q, v).
 *
 * @param p shape of a purchase's value, > 0
 * @param q shape of the gamma distribution of nu, > 0 (the population mean is finite only for q > 1)
 * @param v rate of that gamma distribution, in the data's currency, > 0
 */
public record GammaGammaParameters(double p, double q, double v) {

    /** @throws IllegalArgumentException when a parameter is not finite and > 0 */
    public GammaGammaParameters {
        if (!(p > 0 && q > 0 && v > 0) || !Double.isFinite(p + q + v)) {
            throw new IllegalArgumentException("Gamma-Gamma parameters must be finite and > 0, got p=" + p + " q=" + q
                    + " v=" + v);
        }
    }

    /**
     * The log density of a repeat buyer's mean purchase value m given x (Fader &amp; Hardie 2013):
     * ln Gamma(px+q) - ln Gamma(px) - ln Gamma(q) + q ln v + (px-1) ln m + px ln x - (px+q) ln(v + x m).
     *
     * @param x repeat purchases, >= 1
     * @param m their mean value, > 0
     */
    public double logLikelihood(int x, double m) {
        double px = p * x;
        return Gamma.logGamma(px + q) - Gamma.logGamma(px) - Gamma.logGamma(q) + q * Math.log(v)
                + (px - 1) * Math.log(m) + px * Math.log(x) - (px + q) * Math.log(v + x * m);
    }

    /** The population mean purchase value p v / (q - 1), in currency; NaN when q <= 1 (the mean is infinite). */
    public double populationMean() {
        return q > 1 ? p * v / (q - 1) : Double.NaN;
    }

    /**
     * E[M | x, m] = p (v + x m) / (p x + q - 1) for a repeat buyer (Fader &amp; Hardie 2013; FHL 2005 JMR); the
     * population mean, flagged, for x = 0.
     *
     * @param x        repeat purchases, >= 0
     * @param monetary mean value of the repeat purchases, >= 0 (ignored when x = 0)
     */
    public AverageOrderValue expectedAverageOrderValue(int x, double monetary) {
        if (x == 0) {
            return new AverageOrderValue(populationMean(), true);
        }
        return new AverageOrderValue(p * (v + x * monetary) / (p * x + q - 1), false);
    }
}
