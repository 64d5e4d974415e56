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
 * [-{@value #LOG_BOUND}, {@value #LOG_BOUND}]: a coarse search from each of several deterministic starts, then the
 * best of those refined to a trust-region radius of {@value #STOPPING_RADIUS} (relative precision of the parameters).
 */
final class MaximumLikelihood {

    static final double LOG_BOUND = 15;
    private static final double INITIAL_RADIUS = 0.5;
    private static final double COARSE_RADIUS = 1e-3;
    private static final double REFINE_RADIUS = 1e-2;
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
        Run best = null;
        int evaluations = 0;
        String lastError = null;
        for (double[] start : starts) {
            Run run = run(objective, start, INITIAL_RADIUS, COARSE_RADIUS, maxEvaluationsPerStart);
            evaluations += run.evaluations;
            lastError = run.error == null ? lastError : run.error;
            // why: ties keep the earlier start, so the result does not depend on floating-point noise in later ones
            if (run.point != null && (best == null || run.value > best.value)) {
                best = run;
            }
        }
        if (best == null) {
            return new Outcome(null, Double.NaN, evaluations, false,
                    "no start gave a finite log-likelihood" + (lastError == null ? "" : "; " + lastError));
        }
        Run refined = run(objective, best.point, REFINE_RADIUS, STOPPING_RADIUS, maxEvaluationsPerStart);
        evaluations += refined.evaluations;
        if (refined.point != null && refined.value >= best.value) {
            best = refined;
        }
        for (int i = 0; i < best.point.length; i++) {
            if (Math.abs(best.point[i]) > LOG_BOUND - AT_BOUND) {
                return new Outcome(best.point, best.value, evaluations, false, names[i] + " ran to the edge of the"
                        + " search box (exp(" + (best.point[i] > 0 ? "" : "-") + LOG_BOUND + ") times its scale): the"
                        + " likelihood has no interior maximum for this data");
            }
        }
        boolean converged = refined.error == null;
        String message = converged ? "converged (" + starts.length + " starts, best refined)" : refined.error;
        return new Outcome(best.point, best.value, evaluations, converged, message);
    }

    private record Run(double[] point, double value, int evaluations, String error) {
    }

    private static Run run(MultivariateFunction objective, double[] start, double initialRadius, double stoppingRadius,
                           int maxEvaluations) {
        int n = start.length;
        BestSeen seen = new BestSeen(objective);
        String error = null;
        try {
            BOBYQAOptimizer optimizer = new BOBYQAOptimizer(2 * n + 1, initialRadius, stoppingRadius);
            optimizer.optimize(new MaxEval(maxEvaluations), new ObjectiveFunction(seen), GoalType.MAXIMIZE,
                    new InitialGuess(clamped(start)), new SimpleBounds(filled(n, -LOG_BOUND), filled(n, LOG_BOUND)));
        } catch (TooManyEvaluationsException e) {
            error = "stopped after " + maxEvaluations + " evaluations without converging";
        } catch (RuntimeException e) {
            error = "optimiser failed: " + e.getMessage();
        }
        return new Run(seen.point, seen.value, seen.evaluations, error);
    }

    /** BOBYQA needs the start at least the initial radius inside the box. */
    private static double[] clamped(double[] start) {
        double[] p = start.clone();
        for (int i = 0; i < p.length; i++) {
            p[i] = Math.max(-LOG_BOUND + INITIAL_RADIUS, Math.min(LOG_BOUND - INITIAL_RADIUS, p[i]));
        }
        return p;
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
