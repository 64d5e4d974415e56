package io.segmentation.clv;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.math3.special.Gamma;
import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;

/**
 * Fits Gamma-Gamma by maximum likelihood on the repeat buyers (x > 0, monetary > 0): BOBYQA on the log-parameters from
 * three deterministic starts, equal (x, monetary) pairs evaluated once with their count as weight.
 */
public final class GammaGammaFitter {

    private static final int MAX_EVALUATIONS_PER_START = 3_000;
    private static final String[] NAMES = { "p", "q", "v" };
    /** Starts as (p, q, v / mean monetary). */
    private static final double[][] STARTS = { { 1, 2, 1 }, { 6, 4, 0.5 }, { 0.5, 1.5, 2 } };

    private final double penalizer;

    /** An unpenalised fitter. */
    public GammaGammaFitter() {
        this(0);
    }

    /**
     * @param penalizer L2 penalty c: maximises mean log-likelihood - c (p^2 + q^2 + v^2), as lifetimes'
     *                  {@code penalizer_coef}; >= 0
     * @throws IllegalArgumentException when negative or not finite
     */
    public GammaGammaFitter(double penalizer) {
        if (!(penalizer >= 0) || !Double.isFinite(penalizer)) {
            throw new IllegalArgumentException("penalizer must be finite and >= 0, got " + penalizer);
        }
        this.penalizer = penalizer;
    }

    /**
     * Fits the repeat buyers among the summaries; never throws for data: fewer than two repeat buyers, every one with
     * the same monetary value, or an optimiser failure give a {@link GammaGammaFit#failed() failed} fit with a message.
     */
    public GammaGammaFit fit(List<CustomerSummary> summaries) {
        Map<Pair, Integer> counts = new HashMap<>();
        for (CustomerSummary s : summaries) {
            if (s.x() > 0 && s.monetary() > 0) {
                counts.merge(new Pair(s.x(), s.monetary()), 1, Integer::sum);
            }
        }
        int buyers = counts.values().stream().mapToInt(Integer::intValue).sum();
        double correlation = frequencyMonetaryCorrelation(summaries);
        if (buyers < 2) {
            return GammaGammaFit.failed(buyers, 0, correlation, "not enough data: " + buyers
                    + " repeat buyer(s) with a positive monetary value; the spend model needs at least two");
        }
        Pair[] groups = counts.keySet().toArray(new Pair[0]);
        Arrays.sort(groups, (u, w) -> u.x() != w.x() ? Integer.compare(u.x(), w.x())
                : Double.compare(u.monetary(), w.monetary()));
        if (Arrays.stream(groups).mapToDouble(Pair::monetary).distinct().count() == 1) {
            return GammaGammaFit.failed(buyers, 0, correlation, "degenerate data: every repeat buyer has the same"
                    + " monetary value " + groups[0].monetary() + ", so its spread (p, q) cannot be estimated; use that"
                    + " value as every customer's average order value");
        }
        Likelihood likelihood = new Likelihood(groups, counts);
        double scale = likelihood.meanMonetary;
        double[][] starts = new double[STARTS.length][];
        for (int s = 0; s < STARTS.length; s++) {
            starts[s] = new double[] { Math.log(STARTS[s][0]), Math.log(STARTS[s][1]), Math.log(STARTS[s][2]) };
        }
        MaximumLikelihood.Outcome outcome = MaximumLikelihood.maximize(theta -> {
            double p = Math.exp(theta[0]);
            double q = Math.exp(theta[1]);
            double v = scale * Math.exp(theta[2]);
            return likelihood.total(p, q, v) / buyers - penalizer * (p * p + q * q + v * v);
        }, starts, MAX_EVALUATIONS_PER_START, NAMES);
        if (outcome.failed()) {
            return GammaGammaFit.failed(buyers, outcome.evaluations(), correlation, outcome.message());
        }
        double[] theta = outcome.point();
        GammaGammaParameters fitted = new GammaGammaParameters(Math.exp(theta[0]), Math.exp(theta[1]),
                scale * Math.exp(theta[2]));
        String message = fitted.q() > 1 ? outcome.message()
                : outcome.message() + "; q <= 1, so the population mean (used for one-time buyers) is infinite";
        return new GammaGammaFit(fitted, likelihood.total(fitted.p(), fitted.q(), fitted.v()), buyers,
                outcome.evaluations(), outcome.converged() && fitted.q() > 1, correlation, message);
    }

    /**
     * Pearson correlation between x and monetary over the repeat buyers (x > 0, monetary > 0); Gamma-Gamma assumes
     * they are independent. NaN for fewer than two such customers or when either does not vary.
     */
    public static double frequencyMonetaryCorrelation(List<CustomerSummary> summaries) {
        double[] x = summaries.stream().filter(s -> s.x() > 0 && s.monetary() > 0).mapToDouble(CustomerSummary::x)
                .toArray();
        double[] m = summaries.stream().filter(s -> s.x() > 0 && s.monetary() > 0)
                .mapToDouble(CustomerSummary::monetary).toArray();
        if (x.length < 2) {
            return Double.NaN;
        }
        return new PearsonsCorrelation().correlation(x, m);
    }

    private record Pair(int x, double monetary) {
    }

    /** The log-likelihood of weighted (x, monetary) groups, terms in x alone computed once per distinct x. */
    private static final class Likelihood {

        private final int[] xs;
        private final int[] groupX;
        private final double[] monetary;
        private final double[] logMonetary;
        private final double[] weight;
        private final double meanMonetary;

        Likelihood(Pair[] groups, Map<Pair, Integer> counts) {
            xs = Arrays.stream(groups).mapToInt(Pair::x).distinct().sorted().toArray();
            groupX = new int[groups.length];
            monetary = new double[groups.length];
            logMonetary = new double[groups.length];
            weight = new double[groups.length];
            double sum = 0;
            double n = 0;
            for (int g = 0; g < groups.length; g++) {
                groupX[g] = Arrays.binarySearch(xs, groups[g].x());
                monetary[g] = groups[g].monetary();
                logMonetary[g] = Math.log(monetary[g]);
                weight[g] = counts.get(groups[g]);
                sum += weight[g] * monetary[g];
                n += weight[g];
            }
            meanMonetary = sum / n;
        }

        double total(double p, double q, double v) {
            double common = -Gamma.logGamma(q) + q * Math.log(v);
            double[] base = new double[xs.length];
            for (int k = 0; k < xs.length; k++) {
                double px = p * xs[k];
                base[k] = common + Gamma.logGamma(px + q) - Gamma.logGamma(px) + px * Math.log(xs[k]);
            }
            double sum = 0;
            for (int g = 0; g < weight.length; g++) {
                int x = xs[groupX[g]];
                double px = p * x;
                double logDensity = base[groupX[g]] + (px - 1) * logMonetary[g] - (px + q) * Math.log(v + x * monetary[g]);
                sum += weight[g] * logDensity;
            }
            return sum;
        }
    }
}
