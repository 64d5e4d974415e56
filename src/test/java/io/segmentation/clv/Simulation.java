package io.segmentation.clv;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Draws customers from BG/NBD with Gamma-Gamma spend, day by day: lambda ~ Gamma(r, 1/alpha) per week, p ~ Beta(a, b),
 * Poisson purchases, dropout with probability p right after each repeat purchase; each purchase's amount ~ Gamma(p, nu)
 * with the customer's nu ~ Gamma(q, v). Purchase times are floored to whole days.
 */
final class Simulation {

    /** One simulated customer's purchases, as epoch days (from 0) and amounts. */
    record Purchases(int[] days, double[] amounts) {
    }

    private final SplittableRandom random;

    Simulation(long seed) {
        random = new SplittableRandom(seed);
    }

    /**
     * @param customers first purchases spread uniformly over days [0, firstDays)
     * @param lastDay   no purchase after this day
     */
    List<Purchases> customers(int customers, int firstDays, int lastDay, BgNbdParameters weekly,
                              GammaGammaParameters spend) {
        List<Purchases> all = new ArrayList<>(customers);
        for (int c = 0; c < customers; c++) {
            int first = random.nextInt(firstDays);
            double lambdaPerDay = gamma(weekly.r()) / weekly.alpha() / 7;
            double dropout = beta(weekly.a(), weekly.b());
            double nu = gamma(spend.q()) / spend.v();
            int[] days = new int[8];
            double[] amounts = new double[8];
            int n = 0;
            days[n] = first;
            amounts[n++] = gamma(spend.p()) / nu;
            double time = first;
            while (true) {
                time += -Math.log(1 - random.nextDouble()) / lambdaPerDay;
                if (time >= lastDay + 1) {
                    break;
                }
                if (n == days.length) {
                    days = Arrays.copyOf(days, 2 * n);
                    amounts = Arrays.copyOf(amounts, 2 * n);
                }
                days[n] = (int) Math.floor(time);
                amounts[n++] = gamma(spend.p()) / nu;
                if (random.nextDouble() < dropout) {
                    break;
                }
            }
            all.add(new Purchases(Arrays.copyOf(days, n), Arrays.copyOf(amounts, n)));
        }
        return all;
    }

    /**
     * BG/NBD summaries in continuous time, exactly the model: T ~ Uniform(0, maxT), purchases a Poisson process, dropout
     * with probability p after each repeat purchase.
     */
    List<CustomerSummary> summaries(int customers, double maxT, BgNbdParameters parameters, TimeUnit unit) {
        List<CustomerSummary> summaries = new ArrayList<>(customers);
        for (int c = 0; c < customers; c++) {
            double T = maxT * random.nextDouble();
            double lambda = gamma(parameters.r()) / parameters.alpha();
            double dropout = beta(parameters.a(), parameters.b());
            double time = 0;
            int x = 0;
            double tx = 0;
            while (true) {
                time += -Math.log(1 - random.nextDouble()) / lambda;
                if (time > T) {
                    break;
                }
                x++;
                tx = time;
                if (random.nextDouble() < dropout) {
                    break;
                }
            }
            summaries.add(CustomerSummary.of(x, tx, T, 0, unit));
        }
        return summaries;
    }

    static List<CustomerSummary> summaries(List<Purchases> customers, int referenceDay, TimeUnit unit) {
        List<CustomerSummary> summaries = new ArrayList<>(customers.size());
        for (Purchases p : customers) {
            summaries.add(CustomerSummary.of(p.days(), p.amounts(), referenceDay, unit));
        }
        return summaries;
    }

    /** Gamma(shape, 1): Marsaglia &amp; Tsang 2000, with the U^(1/shape) boost below shape 1. */
    double gamma(double shape) {
        if (shape < 1) {
            return gamma(shape + 1) * Math.pow(random.nextDouble(), 1 / shape);
        }
        double d = shape - 1.0 / 3;
        double c = 1 / Math.sqrt(9 * d);
        while (true) {
            double x;
            double v;
            do {
                x = normal();
                v = 1 + c * x;
            } while (v <= 0);
            v = v * v * v;
            double u = random.nextDouble();
            if (Math.log(u) < 0.5 * x * x + d - d * v + d * Math.log(v)) {
                return d * v;
            }
        }
    }

    double beta(double a, double b) {
        double x = gamma(a);
        return x / (x + gamma(b));
    }

    private double normal() {
        // why: Box-Muller, one value per call keeps the stream simple and deterministic
        double u = 1 - random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.nextDouble());
    }
}
