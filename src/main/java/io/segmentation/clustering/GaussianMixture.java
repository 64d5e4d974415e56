package io.segmentation.clustering;

import java.util.SplittableRandom;

/**
 * A Gaussian mixture with full covariance matrices fitted by EM (pure; thread-safe).
 *
 * <p>Each start is initialised from a k-means++ seeding refined by Lloyd (weights, means and covariances of its
 * clusters), then EM runs until the mean log-likelihood gains less than {@code tolerance} or {@code maxIterations};
 * the start with the highest log-likelihood wins. why: like scikit-learn, {@code REGULARISATION} is added to every
 * covariance diagonal, so a component on points that share a value (many customers have exactly one order) stays
 * positive definite; Commons Math's EM has no such term and fails on that data.
 */
public final class GaussianMixture {

    /** Added to the covariance diagonals (scikit-learn's {@code reg_covar}). */
    public static final double REGULARISATION = 1e-6;

    private GaussianMixture() {
    }

    /**
     * A fitted mixture.
     *
     * @param weights       k mixing weights, summing to 1
     * @param means         k means, in the training points' space
     * @param covariances   k covariance matrices (d x d)
     * @param logLikelihood total log-likelihood of the training points
     * @param labels        each training point's most probable component
     * @param iterations    EM iterations of the kept start
     * @param converged     whether it stopped on the tolerance rather than the cap
     */
    public record Fit(double[] weights, double[][] means, double[][][] covariances, double logLikelihood, int[] labels,
                      int iterations, boolean converged) {

        /** The posterior probabilities of the components for one point. */
        public double[] posteriors(double[] point) {
            return new Components(weights, means, covariances).posteriors(point);
        }
    }

    /**
     * Fits k components to points with {@code starts} starts.
     *
     * @throws IllegalArgumentException when points are empty or not finite, or k exceeds the distinct points
     */
    public static Fit fit(double[][] points, int k, long seed, int starts, int maxIterations, double tolerance) {
        int d = Points.requireMatrix(points, "points");
        int n = points.length;
        SplittableRandom master = new SplittableRandom(seed);
        Fit best = null;
        for (int s = 0; s < starts; s++) {
            KMeansSolution init = new KMeansTrainer().train(points, new KMeansOptions(k, master.nextLong(), 1, 100, 0));
            Fit fit = em(points, n, d, init, maxIterations, tolerance);
            if (best == null || fit.logLikelihood() > best.logLikelihood()) {
                best = fit;
            }
        }
        return best;
    }

    private static Fit em(double[][] x, int n, int d, KMeansSolution init, int maxIterations, double tolerance) {
        int k = init.k();
        double[][] resp = new double[n][k];
        for (int i = 0; i < n; i++) {
            resp[i][init.labels()[i]] = 1;
        }
        double[] weights = new double[k];
        double[][] means = new double[k][d];
        double[][][] covariances = new double[k][d][d];
        maximise(x, resp, weights, means, covariances);
        double previous = Double.NEGATIVE_INFINITY;
        int iterations = 0;
        boolean converged = false;
        double logLikelihood = 0;
        while (iterations < maxIterations) {
            logLikelihood = new Components(weights, means, covariances).expect(x, resp);
            iterations++;
            if (Math.abs(logLikelihood - previous) / n < tolerance) {
                converged = true;
                break;
            }
            previous = logLikelihood;
            maximise(x, resp, weights, means, covariances);
        }
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            int best = 0;
            for (int c = 1; c < k; c++) {
                best = resp[i][c] > resp[i][best] ? c : best;
            }
            labels[i] = best;
        }
        return new Fit(weights, means, covariances, logLikelihood, labels, iterations, converged);
    }

    /** M step: weights, means and regularised covariances from the responsibilities. */
    private static void maximise(double[][] x, double[][] resp, double[] weights, double[][] means, double[][][] cov) {
        int n = x.length;
        int k = weights.length;
        int d = x[0].length;
        for (int c = 0; c < k; c++) {
            double total = 0;
            double[] mean = new double[d];
            for (int i = 0; i < n; i++) {
                total += resp[i][c];
                for (int f = 0; f < d; f++) {
                    mean[f] += resp[i][c] * x[i][f];
                }
            }
            // why: an emptied component keeps a tiny weight and its old mean instead of dividing by zero
            double mass = Math.max(total, 10 * Double.MIN_NORMAL);
            for (int f = 0; f < d; f++) {
                mean[f] = total > 0 ? mean[f] / mass : means[c][f];
            }
            double[][] s = new double[d][d];
            for (int i = 0; i < n; i++) {
                for (int a = 0; a < d; a++) {
                    double da = x[i][a] - mean[a];
                    for (int b = 0; b <= a; b++) {
                        s[a][b] += resp[i][c] * da * (x[i][b] - mean[b]);
                    }
                }
            }
            for (int a = 0; a < d; a++) {
                for (int b = 0; b <= a; b++) {
                    s[a][b] = total > 0 ? s[a][b] / mass : 0;
                    s[b][a] = s[a][b];
                }
                s[a][a] += REGULARISATION;
            }
            weights[c] = total / n;
            means[c] = mean;
            cov[c] = s;
        }
    }

    /** The components with their Cholesky factors, for densities and posteriors. */
    private static final class Components {

        private final double[] logWeights;
        private final double[][] means;
        private final double[][][] lower;
        private final double[] logNorm;

        Components(double[] weights, double[][] means, double[][][] covariances) {
            int k = weights.length;
            int d = means[0].length;
            this.means = means;
            this.logWeights = new double[k];
            this.lower = new double[k][][];
            this.logNorm = new double[k];
            for (int c = 0; c < k; c++) {
                logWeights[c] = Math.log(weights[c]);
                lower[c] = cholesky(covariances[c]);
                double logDet = 0;
                for (int f = 0; f < d; f++) {
                    logDet += 2 * Math.log(lower[c][f][f]);
                }
                logNorm[c] = -0.5 * (d * Math.log(2 * Math.PI) + logDet);
            }
        }

        /** E step: fills the responsibilities, returns the total log-likelihood. */
        double expect(double[][] x, double[][] resp) {
            double total = 0;
            for (int i = 0; i < x.length; i++) {
                total += logPosteriors(x[i], resp[i]);
            }
            return total;
        }

        double[] posteriors(double[] point) {
            double[] out = new double[logWeights.length];
            logPosteriors(point, out);
            return out;
        }

        /** Writes the posteriors into out; returns log p(point). */
        private double logPosteriors(double[] point, double[] out) {
            int k = logWeights.length;
            double max = Double.NEGATIVE_INFINITY;
            for (int c = 0; c < k; c++) {
                out[c] = logWeights[c] + logNorm[c] - 0.5 * mahalanobis(c, point);
                max = Math.max(max, out[c]);
            }
            double sum = 0;
            for (int c = 0; c < k; c++) {
                out[c] = Math.exp(out[c] - max);
                sum += out[c];
            }
            for (int c = 0; c < k; c++) {
                out[c] /= sum;
            }
            return max + Math.log(sum);
        }

        /** (x - mean)' Sigma^-1 (x - mean) by forward substitution on the Cholesky factor. */
        private double mahalanobis(int c, double[] point) {
            double[][] l = lower[c];
            int d = point.length;
            double[] z = new double[d];
            double sum = 0;
            for (int a = 0; a < d; a++) {
                double v = point[a] - means[c][a];
                for (int b = 0; b < a; b++) {
                    v -= l[a][b] * z[b];
                }
                z[a] = v / l[a][a];
                sum += z[a] * z[a];
            }
            return sum;
        }

        private static double[][] cholesky(double[][] s) {
            int d = s.length;
            double[][] l = new double[d][d];
            for (int a = 0; a < d; a++) {
                for (int b = 0; b <= a; b++) {
                    double v = s[a][b];
                    for (int t = 0; t < b; t++) {
                        v -= l[a][t] * l[b][t];
                    }
                    if (a == b) {
                        if (!(v > 0)) {
                            throw new IllegalArgumentException("a covariance matrix is not positive definite");
                        }
                        l[a][a] = Math.sqrt(v);
                    } else {
                        l[a][b] = v / l[b][b];
                    }
                }
            }
            return l;
        }
    }
}
