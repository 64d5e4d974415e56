package io.segmentation.clustering;

/**
 * The knee of a convex curve by Kneedle (Satopää, Albrecht, Irwin and Raghavan, 2011), as used for the elbow of the
 * inertia curve and for DBSCAN's eps on the k-distance curve.
 *
 * <p>Both axes are normalised to [0, 1]; the knee is the point that lies farthest below the straight line (the
 * chord) from the first point to the last. That is Kneedle's difference curve with its maximum taken directly, without
 * the online threshold (we always see the whole curve). A curve with no point below its chord (a straight line, or a
 * concave curve) has no knee; the first point is answered then.
 */
public final class Kneedle {

    private Kneedle() {
    }

    /**
     * Index of the knee of the points (x[i], y[i]).
     *
     * @param x strictly increasing, at least one value
     * @param y one value per x, finite; decreasing (inertia) or increasing (k-distance), convex
     * @throws IllegalArgumentException when the lengths differ, x is empty or not increasing, or a value is not finite
     */
    public static int knee(double[] x, double[] y) {
        if (x.length == 0 || x.length != y.length) {
            throw new IllegalArgumentException("need as many y as x values, at least one; got " + x.length + " and " + y.length);
        }
        for (int i = 0; i < x.length; i++) {
            if (!Double.isFinite(x[i]) || !Double.isFinite(y[i]) || (i > 0 && !(x[i] > x[i - 1]))) {
                throw new IllegalArgumentException("x must increase strictly and every value be finite, at index " + i);
            }
        }
        int n = x.length;
        double xSpan = x[n - 1] - x[0];
        double yMin = Double.POSITIVE_INFINITY;
        double yMax = Double.NEGATIVE_INFINITY;
        for (double v : y) {
            yMin = Math.min(yMin, v);
            yMax = Math.max(yMax, v);
        }
        if (n < 3 || yMax == yMin) {
            return 0;
        }
        double first = (y[0] - yMin) / (yMax - yMin);
        double last = (y[n - 1] - yMin) / (yMax - yMin);
        int best = 0;
        double bestGap = 0;
        for (int i = 1; i < n - 1; i++) {
            double t = (x[i] - x[0]) / xSpan;
            double chord = first + t * (last - first);
            double gap = chord - (y[i] - yMin) / (yMax - yMin);
            if (gap > bestGap + 1e-12) {
                bestGap = gap;
                best = i;
            }
        }
        return best;
    }
}
