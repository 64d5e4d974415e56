package io.segmentation.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import io.segmentation.clv.BgNbdFit;
import io.segmentation.clv.BgNbdFitter;
import io.segmentation.clv.ClvScorer;
import io.segmentation.clv.ClvScores;
import io.segmentation.clv.CustomerSummary;
import io.segmentation.clv.GammaGammaFit;
import io.segmentation.clv.GammaGammaFitter;
import io.segmentation.clv.LifetimeValueOptions;
import io.segmentation.clv.TimeUnit;

/**
 * Benchmark (not a test) of the CLV core: fits BG/NBD and Gamma-Gamma to N simulated customers (CDNOW-like: r = 0.25,
 * alpha = 4 weeks, a = 0.8, b = 2.5; spend p = 6, q = 4, v = 15; first purchases over 39 weeks, purchase days floored to
 * days, summaries in days) and scores them (P(alive), expected purchases and CLV over 365 days), warm.
 * Prints the median seconds of each and the scoring rate.
 *
 * <p>Usage: {@code ClvBenchmark [customers=100000] [scoredCustomers=1000000] [iterations=5]}
 */
public final class ClvBenchmark {

    private ClvBenchmark() {
    }

    public static void main(String[] args) {
        int customers = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int scored = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
        int iterations = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        long g0 = System.nanoTime();
        List<CustomerSummary> fitData = simulate(customers, 42);
        List<CustomerSummary> scoreData = simulate(scored, 43);
        System.out.printf("simulated %,d + %,d customers in %.1f s%n", customers, scored, (System.nanoTime() - g0) / 1e9);

        double[] bgSeconds = new double[iterations];
        double[] ggSeconds = new double[iterations];
        double[] scoreSeconds = new double[iterations];
        BgNbdFit bg = null;
        GammaGammaFit gg = null;
        ClvScores scores = null;
        int histories = 0;
        for (int i = -2; i < iterations; i++) {
            long t0 = System.nanoTime();
            bg = new BgNbdFitter().fit(fitData);
            long t1 = System.nanoTime();
            gg = new GammaGammaFitter().fit(fitData);
            long t2 = System.nanoTime();
            ClvScorer scorer = new ClvScorer(bg.parameters(), gg.parameters(), LifetimeValueOptions.defaults());
            scores = scorer.score(scoreData);
            long t3 = System.nanoTime();
            histories = scorer.cachedHistories();
            if (i >= 0) {
                bgSeconds[i] = (t1 - t0) / 1e9;
                ggSeconds[i] = (t2 - t1) / 1e9;
                scoreSeconds[i] = (t3 - t2) / 1e9;
            }
        }
        double total = 0;
        for (int i = 0; i < scores.size(); i++) {
            total += scores.lifetimeValue()[i];
        }
        System.out.println("BG/NBD " + bg);
        System.out.println("Gamma-Gamma " + gg);
        System.out.printf("BG/NBD fit, %,d customers: median %.3f s (%s)%n", customers, median(bgSeconds),
                Arrays.toString(bgSeconds));
        System.out.printf("Gamma-Gamma fit: median %.3f s%n", median(ggSeconds));
        System.out.printf("scoring %,d customers (%,d distinct (x, T)), fresh cache: median %.3f s = %,.0f customers/s;"
                + " total CLV %.0f%n", scored, histories, median(scoreSeconds), scored / median(scoreSeconds), total);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    /** The model's generative story, day by day; summaries in days at the day after the last calibration day. */
    static List<CustomerSummary> simulate(int customers, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int lastDay = 272;
        List<CustomerSummary> summaries = new ArrayList<>(customers);
        int[] days = new int[64];
        double[] amounts = new double[64];
        for (int c = 0; c < customers; c++) {
            int first = random.nextInt(273);
            double lambda = gamma(random, 0.25) / 4 / 7;
            double x = gamma(random, 0.8);
            double dropout = x / (x + gamma(random, 2.5));
            double nu = gamma(random, 4) / 15;
            int n = 0;
            days[n] = first;
            amounts[n++] = gamma(random, 6) / nu;
            double time = first;
            while (n < days.length) {
                time += -Math.log(1 - random.nextDouble()) / lambda;
                if (time >= lastDay + 1) {
                    break;
                }
                days[n] = (int) time;
                amounts[n++] = gamma(random, 6) / nu;
                if (random.nextDouble() < dropout) {
                    break;
                }
            }
            summaries.add(CustomerSummary.of(Arrays.copyOf(days, n), Arrays.copyOf(amounts, n),
                    lastDay + 1, TimeUnit.DAYS));
        }
        return summaries;
    }

    private static double gamma(SplittableRandom random, double shape) {
        if (shape < 1) {
            return gamma(random, shape + 1) * Math.pow(random.nextDouble(), 1 / shape);
        }
        double d = shape - 1.0 / 3;
        double c = 1 / Math.sqrt(9 * d);
        while (true) {
            double z = Math.sqrt(-2 * Math.log(1 - random.nextDouble())) * Math.cos(2 * Math.PI * random.nextDouble());
            double v = 1 + c * z;
            if (v <= 0) {
                continue;
            }
            v = v * v * v;
            if (Math.log(random.nextDouble()) < 0.5 * z * z + d - d * v + d * Math.log(v)) {
                return d * v;
            }
        }
    }
}
