package io.segmentation.clv;

import org.apache.commons.math3.special.Gamma;

/**
 * The Gauss hypergeometric function 2F1(a, b; c; z) for real arguments and z <= 1, as BG/NBD's conditional
 * expectation (Fader, Hardie & Lee 2005, eq. 10) needs it with z = t / (alpha + T + t) in [0, 1).
 *
 * <p>Method: z < 0 is mapped into (0, 1) by Pfaff's transformation 2F1(a, b; c; z) = (1 - z)^-a 2F1(a, c - b; c;
 * z / (z - 1)) (DLMF 15.8.1). On [0, 1) the power series is summed in the plain form or in Euler's form
 * (1 - z)^(c - a - b) 2F1(c - a, c - b; c; z) (DLMF 15.8.1): the one whose terms keep one sign and whose c - a - b
 * is >= 0 (terms falling at least like z^n / n) when it has both; for
 * z > 0.9 the 1 - z connection formula (DLMF 15.8.4, Abramowitz & Stegun 15.3.6) is used instead unless c - a - b is
 * (nearly) an integer and its two terms cancel, in which case the series is summed however long it takes. The series
 * stops when a rigorous geometric bound on the remaining tail is below 1e-16 of the sum. At z = 1 Gauss's theorem
 * gives Gamma(c) Gamma(c - a - b) / (Gamma(c - a) Gamma(c - b)) for c - a - b > 0.
 */
public final class Hypergeometric {

    private static final double EPSILON = 1e-16;
    private static final double CONNECTION_FROM = 0.9;
    private static final long MAX_TERMS = 20_000_000L;

    private Hypergeometric() {
    }

    /**
     * 2F1(a, b; c; z), relative accuracy about 1e-14 for a, b, c > 0 (other real parameters are summed as they come).
     *
     * @param z <= 1; z = 1 needs c - a - b > 0
     * @throws IllegalArgumentException for a non-finite argument, c a non-positive integer, z > 1, or z = 1 with
     *                                  c - a - b <= 0 (the series diverges)
     * @throws ArithmeticException      when the series has not converged after 2e7 terms (z within about 1e-6 of 1
     *                                  with c - a - b an integer)
     */
    public static double hyp2f1(double a, double b, double c, double z) {
        if (!Double.isFinite(a) || !Double.isFinite(b) || !Double.isFinite(c) || !Double.isFinite(z)) {
            throw new IllegalArgumentException("2F1 needs finite arguments, got a=" + a + " b=" + b + " c=" + c + " z=" + z);
        }
        if (isNonPositiveInteger(c)) {
            throw new IllegalArgumentException("2F1 is undefined for c = " + c + " (a non-positive integer)");
        }
        if (z > 1) {
            throw new IllegalArgumentException("2F1 is only implemented for z <= 1, got " + z);
        }
        if (a == 0 || b == 0 || z == 0) {
            return 1;
        }
        if (z == 1) {
            if (c - a - b <= 0) {
                throw new IllegalArgumentException("2F1(a, b; c; 1) diverges for c - a - b = " + (c - a - b) + " <= 0");
            }
            return gaussAtOne(a, b, c);
        }
        if (z < 0) {
            // why: Pfaff maps z in (-inf, 0) to w = z / (z - 1) in (0, 1), where the series converges
            return Math.pow(1 - z, -a) * onUnitInterval(a, c - b, c, z / (z - 1));
        }
        return onUnitInterval(a, b, c, z);
    }

    private static double onUnitInterval(double a, double b, double c, double z) {
        boolean polynomial = isNonPositiveInteger(a) || isNonPositiveInteger(b);
        if (!polynomial && z > CONNECTION_FROM) {
            double connected;
            try {
                connected = connection(a, b, c, z);
            } catch (ArithmeticException e) {
                // why: with huge parameters (a BG/NBD fit whose a and b ran to 1e6) the connection's own series can
                // fail to converge; the direct series below still does
                connected = Double.NaN;
            }
            if (!Double.isNaN(connected)) {
                return connected;
            }
        }
        if (polynomial) {
            return series(a, b, c, z);
        }
        // why: a form whose numerator parameters are > -1 (and c > 0) keeps one sign from its second term on, so it
        // cannot cancel; of the two forms the one with c - a' - b' >= 0 falls off at least like n^-1 z^n
        double s = c - a - b;
        boolean plainStable = c > 0 && a > -1 && b > -1;
        boolean eulerStable = c > 0 && c - a > -1 && c - b > -1;
        boolean euler = s < 0 ? eulerStable : !plainStable && eulerStable;
        if (euler) {
            return Math.pow(1 - z, s) * series(c - a, c - b, c, z);
        }
        return series(a, b, c, z);
    }

    /**
     * DLMF 15.8.4: F = G1 F(a, b; 1 - s; 1 - z) + (1 - z)^s G2 F(c - a, c - b; 1 + s; 1 - z), s = c - a - b; NaN when s is
     * (nearly) an integer or the two terms cancel by more than four digits.
     */
    private static double connection(double a, double b, double c, double z) {
        double s = c - a - b;
        if (Math.abs(s - Math.rint(s)) < 1e-6) {
            return Double.NaN;
        }
        double w = 1 - z;
        double first = 0;
        if (!isNonPositiveInteger(c - a) && !isNonPositiveInteger(c - b)) {
            double logG1 = logAbsGamma(c) + logAbsGamma(s) - logAbsGamma(c - a) - logAbsGamma(c - b);
            double signG1 = signGamma(c) * signGamma(s) * signGamma(c - a) * signGamma(c - b);
            first = signG1 * Math.exp(logG1) * onUnitInterval(a, b, 1 - s, w);
        }
        double logG2 = logAbsGamma(c) + logAbsGamma(-s) - logAbsGamma(a) - logAbsGamma(b) + s * Math.log(w);
        double signG2 = signGamma(c) * signGamma(-s) * signGamma(a) * signGamma(b);
        double second = signG2 * Math.exp(logG2) * onUnitInterval(c - a, c - b, 1 + s, w);
        double sum = first + second;
        if (!Double.isFinite(sum) || Math.abs(first) + Math.abs(second) > 1e4 * Math.abs(sum)) {
            return Double.NaN;
        }
        return sum;
    }

    /** The power series sum_n (a)_n (b)_n / ((c)_n n!) z^n for 0 <= z < 1. */
    private static double series(double a, double b, double c, double z) {
        // why: for m > max(-a, -b, -c) every ratio term(m+1)/term(m) = z (a+m)(b+m) / ((c+m)(m+1)) is positive and at
        // most z (1 + s (|ab - c| / n^2 + max(a + b - c - 1, 0) / n)) for m >= n (s = 1 if c > 0, else 2 once n > 2|c|);
        // once that bound rho is < 1 the tail is at most |term| rho / (1 - rho)
        double excess = Math.max(a + b - c - 1, 0);
        double offset = Math.abs(a * b - c);
        double scale = c > 0 ? 1 : 2;
        double positiveFrom = Math.max(Math.max(-a, -b), c > 0 ? -c : 2 * -c);
        double term = 1;
        double sum = 1;
        for (long n = 0; n < MAX_TERMS; n++) {
            term *= (a + n) * (b + n) / ((c + n) * (n + 1)) * z;
            sum += term;
            if (term == 0) {
                return sum;
            }
            long m = n + 1;
            if (m > positiveFrom) {
                double rho = z * (1 + scale * (offset / ((double) m * m) + excess / m));
                if (rho < 1 && Math.abs(term) * rho / (1 - rho) <= EPSILON * Math.abs(sum)) {
                    return sum;
                }
            }
        }
        throw new ArithmeticException("2F1(" + a + ", " + b + "; " + c + "; " + z + ") did not converge in "
                + MAX_TERMS + " terms");
    }

    private static double gaussAtOne(double a, double b, double c) {
        if (isNonPositiveInteger(c - a) || isNonPositiveInteger(c - b)) {
            return 0;
        }
        double sign = signGamma(c) * signGamma(c - a - b) * signGamma(c - a) * signGamma(c - b);
        return sign * Math.exp(logAbsGamma(c) + logAbsGamma(c - a - b) - logAbsGamma(c - a) - logAbsGamma(c - b));
    }

    /** ln |Gamma(x)| for real x that is not a non-positive integer (reflection formula below 0). */
    static double logAbsGamma(double x) {
        if (x > 0) {
            return Gamma.logGamma(x);
        }
        // why: Gamma(x) Gamma(1 - x) = pi / sin(pi x); x - rint(x) keeps sin accurate for large |x|
        return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * (x - Math.rint(x))))) - Gamma.logGamma(1 - x);
    }

    /** The sign of Gamma(x): + for x > 0, alternating between the poles below 0. */
    static double signGamma(double x) {
        if (x > 0) {
            return 1;
        }
        return ((long) Math.floor(x)) % 2 == 0 ? 1 : -1;
    }

    private static boolean isNonPositiveInteger(double x) {
        return x <= 0 && x == Math.rint(x);
    }
}
