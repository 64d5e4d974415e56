package io.segmentation.demo;

import java.util.SplittableRandom;

import io.segmentation.maths.SortedArrays;

/** Draws from the few distributions the generator needs, using {@link StrictMath} so a seed gives the same numbers on every JVM. */
final class RandomDraws {

    private RandomDraws() {
    }

    /** A standard normal value (Box-Muller). */
    static double gaussian(SplittableRandom random) {
        double u = 1.0 - random.nextDouble(); // (0, 1], keeps log finite
        double v = random.nextDouble();
        return StrictMath.sqrt(-2.0 * StrictMath.log(u)) * StrictMath.cos(2.0 * StrictMath.PI * v);
    }

    /** A log-normal value whose logarithm has the given mean and standard deviation. */
    static double logNormal(SplittableRandom random, double mu, double sigma) {
        return StrictMath.exp(mu + sigma * gaussian(random));
    }

    /** An exponential value with the given mean. */
    static double exponential(SplittableRandom random, double mean) {
        return -mean * StrictMath.log(1.0 - random.nextDouble());
    }

    /** The number of failures before the first success of a trial that succeeds with probability {@code p}. */
    static int geometric(SplittableRandom random, double p) {
        int failures = 0;
        while (random.nextDouble() >= p && failures < 1_000) {
            failures++;
        }
        return failures;
    }

    /**
     * The index picked by {@code u} in [0, 1) from ascending cumulative weights, looking only at the first
     * {@code size} entries; zero-weight entries are never picked unless all are zero.
     */
    static int pick(double[] cumulative, int size, double u) {
        double target = u * cumulative[size - 1];
        // why: searching only the first size - 1 entries makes the last one the answer when none exceeds the target
        return SortedArrays.countAtOrBelow(cumulative, size - 1, target);
    }

    /** Cumulative sums of the weights. */
    static double[] cumulative(double[] weights) {
        double[] sums = new double[weights.length];
        double total = 0;
        for (int i = 0; i < weights.length; i++) {
            total += weights[i];
            sums[i] = total;
        }
        return sums;
    }
}
