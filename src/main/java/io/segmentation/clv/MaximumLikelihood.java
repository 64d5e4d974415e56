package io.segmentation.clv;

import java.util.Arrays;

import org.apache.commons.math3.analysis.MultivariateFunction;
import org.apache.commons.math3.exception.TooManyEvaluationsException;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.SimpleBounds;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.BOBYQAOptimizer;

/**
 * Maximises a smooth objective of log-parameters with Commons Math's BOBYQA (Powell 2009) inside the box
 * [-{@value #LOG_BOUND}, {@value #LOG_BOUND}] from several deterministic starts; the best value seen wins.
 */
final class MaximumLikelihood {

    static final double LOG_BOUND = 15;
    private static final double INITIAL_RADIUS = 0.5;
    private static final double STOPPING_RADIUS = 1e-7;
    private static final double AT_BOUND = 1e-3;

    /**
     * @param point       the best log-parameters, null when no start produced a finite value
     * @param value       the objective there, NaN when none
     * @param evaluations objective evaluations over all starts
     * @param converged   the best start stopped by its trust-region criterion, inside the box
     * @param message     what happened, for people
     */
    record Outcome(double[] point, double value, int evaluations, boolean converged, String message) {

        boolean failed() {
            return point == null;
        }
    }

    private MaximumLikelihood() {
    }

    static Outcome maximize(MultivariateFunction objective, double[][] starts, int maxEvaluationsPerStart,
                            String[] names) {
        double[] best = null;
        double bestValue = Double.NEGATIVE_INFINITY;
        boolean bestConverged = false;
        int bestStart = -1;
        int evaluations = 0;
        String lastError = null;
        for (int s = 0; s < starts.length; s++) {
            int n = starts[s].length;
            BestSeen seen = new BestSeen(objective);
            boolean converged = false;
            try {
                BOBYQAOptimizer optimizer = new BOBYQAOptimizer(2 * n + 1, INITIAL_RADIUS, STOPPING_RADIUS);
                optimizer.optimize(new MaxEval(maxEvaluationsPerStart), new ObjectiveFunction(seen), GoalType.MAXIMIZE,
                        new InitialGuess(starts[s]), new SimpleBounds(filled(n, -LOG_BOUND), filled(n, LOG_BOUND)));
                converged = true;
            } catch (TooManyEvaluationsException e) {
                lastError = "stopped after " + maxEvaluationsPerStart + " evaluations without converging";
            } catch (RuntimeException e) {
                lastError = "optimiser failed: " + e.getMessage();
            }
            evaluations += seen.evaluations;
            // why: ties keep the earlier start, so the result does not depend on floating-point noise in later ones
            if (seen.point != null && seen.value > bestValue) {
                best = seen.point;
                bestValue = seen.value;
                bestConverged = converged;
                bestStart = s;
            }
        }
        if (best == null) {
            return new Outcome(null, Double.NaN, evaluations, false,
                    "no start gave a finite log-likelihood" + (lastError == null ? "" : "; " + lastError));
        }
        for (int i = 0; i < best.length; i++) {
            if (Math.abs(best[i]) > LOG_BOUND - AT_BOUND) {
                return new Outcome(best, bestValue, evaluations, false, names[i] + " ran to the edge of the search box ("
                        + (best[i] > 0 ? "exp(" : "exp(-") + LOG_BOUND + ") times its scale): the likelihood has no"
                        + " interior maximum for this data");
            }
        }
        String message = bestConverged ? "converged (best of " + starts.length + " starts: start " + (bestStart + 1) + ")"
                : lastError;
        return new Outcome(best, bestValue, evaluations, bestConverged, message);
    }

    private static double[] filled(int n, double value) {
        double[] v = new double[n];
        Arrays.fill(v, value);
        return v;
    }

    /** Wraps the objective: counts evaluations, remembers the best finite point and hides non-finite values. */
    private static final class BestSeen implements MultivariateFunction {

        private static final double NOT_FINITE = -1e30;
        private final MultivariateFunction objective;
        private double[] point;
        private double value = Double.NEGATIVE_INFINITY;
        private int evaluations;

        BestSeen(MultivariateFunction objective) {
            this.objective = objective;
        }

        @Override
        public double value(double[] p) {
            evaluations++;
            double v = objective.value(p);
            if (!Double.isFinite(v)) {
                // why: BOBYQA builds quadratic models of the values; a very low finite value steers it away, NaN would not
                return NOT_FINITE;
            }
            if (v > value) {
                value = v;
                point = p.clone();
            }
            return v;
        }
    }
}
