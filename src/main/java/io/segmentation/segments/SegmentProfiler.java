package io.segmentation.segments;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Computes segment profiles (size, share, revenue, averages) from a run's customer profiles (pure). */
public final class SegmentProfiler {

    private SegmentProfiler() {
    }

    /**
     * @param definitions every segment of the scheme, in display order; empty segments are listed with zeros
     * @param customers   the run's customers
     * @param segmentOf   the customer's segment id in this scheme (null: not in the scheme)
     * @return one profile per definition, in the definitions' order
     */
    public static List<SegmentProfile> profiles(List<SegmentDefinition> definitions, List<CustomerProfile> customers,
                                                Function<CustomerProfile, String> segmentOf) {
        double totalRevenue = 0;
        Map<String, double[]> sums = new HashMap<>();
        for (CustomerProfile c : customers) {
            totalRevenue += c.monetary();
            String id = segmentOf.apply(c);
            if (id == null) {
                continue;
            }
            double[] s = sums.computeIfAbsent(id, k -> new double[7]);
            s[0]++;
            s[1] += c.recencyDays();
            s[2] += c.frequency();
            s[3] += c.monetary();
            if (c.clv() != null) {
                s[4]++;
                s[5] += c.clv().predictedClv();
                s[6] += c.clv().churnRisk();
            }
        }
        List<SegmentProfile> profiles = new ArrayList<>(definitions.size());
        int n = customers.size();
        for (SegmentDefinition d : definitions) {
            double[] s = sums.getOrDefault(d.id(), new double[7]);
            long count = (long) s[0];
            // why: averages over the members that have figures; none when the run fitted no lifetime value model
            Double clv = s[4] == 0 ? null : round(s[5] / s[4]);
            Double churn = s[4] == 0 ? null : s[6] / s[4];
            profiles.add(new SegmentProfile(d.id(), d.scheme(), d.name(), d.description(), d.rule(), count,
                    n == 0 ? 0 : (double) count / n, round(s[3]), totalRevenue == 0 ? 0 : s[3] / totalRevenue,
                    count == 0 ? 0 : s[1] / count, count == 0 ? 0 : s[2] / count,
                    round(count == 0 ? 0 : s[3] / count), d.recommendedActions(), null, clv, churn));
        }
        return profiles;
    }

    /** Rounds an amount to 1/10,000 of the currency unit: removes binary floating-point noise, keeps cents. */
    static double round(double amount) {
        return Math.round(amount * 10_000.0) / 10_000.0;
    }
}
