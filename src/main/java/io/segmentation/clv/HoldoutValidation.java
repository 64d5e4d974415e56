package io.segmentation.clv;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Calibration/holdout validation of BG/NBD, as lifetimes' {@code calibration_and_holdout_data} and
 * {@code expected_cumulative_transactions}: fit on purchases up to the calibration end, compare each customer's
 * holdout purchase days with eq. 10, and track cumulative repeat purchases week by week.
 *
 * <p>The cumulative expectation uses the unconditional E[X(t)] (eq. 7) from each customer's first purchase for every
 * week, calibration and holdout alike (FHL 2005, Figure 2's tracking plot), so it tests the model's story of the whole
 * population rather than the per-customer conditional forecasts, which the totals test.
 */
public final class HoldoutValidation {

    private final BgNbdFitter fitter;

    /** Validates with an unpenalised {@link BgNbdFitter}. */
    public HoldoutValidation() {
        this(new BgNbdFitter());
    }

    /** Validates with the given fitter (e.g. a penalised one). */
    public HoldoutValidation(BgNbdFitter fitter) {
        this.fitter = fitter;
    }

    /**
     * @param customers         every customer's purchases
     * @param calibrationEndDay last epoch day of calibration, inclusive; it is the summaries' reference date
     * @param holdoutDays       holdout length in days, >= 1
     * @param unit              time unit of the summaries and the fit
     * @throws IllegalArgumentException when holdoutDays < 1 or a purchase amount is negative or not finite
     */
    public HoldoutReport validate(List<CustomerPurchases> customers, int calibrationEndDay, int holdoutDays,
                                  TimeUnit unit) {
        if (holdoutDays < 1) {
            throw new IllegalArgumentException("holdout must be >= 1 day, got " + holdoutDays);
        }
        int holdoutEnd = calibrationEndDay + holdoutDays;
        List<CustomerSummary> summaries = new ArrayList<>();
        List<Integer> indices = new ArrayList<>();
        List<Integer> actual = new ArrayList<>();
        TreeMap<Integer, Integer> repeatsByDay = new TreeMap<>();
        int excluded = 0;
        for (int i = 0; i < customers.size(); i++) {
            CustomerPurchases p = customers.get(i);
            int[] days = p.epochDays().clone();
            Arrays.sort(days);
            if (days[0] > calibrationEndDay) {
                excluded++;
                continue;
            }
            int calibrationCount = 0;
            int[] calibrationDays = new int[days.length];
            double[] calibrationAmounts = new double[days.length];
            for (int k = 0; k < p.epochDays().length; k++) {
                if (p.epochDays()[k] <= calibrationEndDay) {
                    calibrationDays[calibrationCount] = p.epochDays()[k];
                    calibrationAmounts[calibrationCount++] = p.amounts()[k];
                }
            }
            summaries.add(CustomerSummary.of(Arrays.copyOf(calibrationDays, calibrationCount),
                    Arrays.copyOf(calibrationAmounts, calibrationCount), calibrationEndDay, unit));
            indices.add(i);
            int holdoutPurchases = 0;
            for (int k = 1; k < days.length && days[k] <= holdoutEnd; k++) {
                if (days[k] != days[k - 1]) {
                    repeatsByDay.merge(days[k], 1, Integer::sum);
                    holdoutPurchases += days[k] > calibrationEndDay ? 1 : 0;
                }
            }
            actual.add(holdoutPurchases);
        }
        BgNbdFit fit = fitter.fit(summaries);
        double t = unit.fromDays(holdoutDays);
        Map<Long, Double> ifAlive = new HashMap<>();
        List<HoldoutCustomer> rows = new ArrayList<>(summaries.size());
        double actualTotal = 0;
        double expectedTotal = 0;
        double absoluteError = 0;
        for (int c = 0; c < summaries.size(); c++) {
            CustomerSummary s = summaries.get(c);
            double expected = Double.NaN;
            if (!fit.failed()) {
                BgNbdParameters p = fit.parameters();
                // why: the summaries come from whole days, so (x, T in days) is an exact key for eq. 10's x-T factor
                long key = ((long) s.x() << 32) | (calibrationEndDay - s.firstPurchaseDay());
                expected = p.probabilityAlive(s.x(), s.tx(), s.T())
                        * ifAlive.computeIfAbsent(key, k -> p.expectedPurchasesIfAlive(t, s.x(), s.T()));
            }
            rows.add(new HoldoutCustomer(indices.get(c), s, actual.get(c), expected));
            actualTotal += actual.get(c);
            expectedTotal += expected;
            absoluteError += Math.abs(actual.get(c) - expected);
        }
        double meanAbsoluteError = summaries.isEmpty() ? Double.NaN : absoluteError / summaries.size();
        return new HoldoutReport(fit, calibrationEndDay, holdoutDays, List.copyOf(rows), excluded, actualTotal,
                expectedTotal, meanAbsoluteError, cumulative(summaries, repeatsByDay, fit, calibrationEndDay, holdoutEnd,
                unit));
    }

    private static List<CumulativePoint> cumulative(List<CustomerSummary> summaries, TreeMap<Integer, Integer> repeats,
                                                    BgNbdFit fit, int calibrationEndDay, int holdoutEnd,
                                                    TimeUnit unit) {
        if (summaries.isEmpty()) {
            return List.of();
        }
        TreeMap<Integer, Integer> firstDays = new TreeMap<>();
        for (CustomerSummary s : summaries) {
            firstDays.merge(s.firstPurchaseDay(), 1, Integer::sum);
        }
        int start = firstDays.firstKey();
        Map<Integer, Double> byAge = new HashMap<>();
        List<CumulativePoint> points = new ArrayList<>();
        for (int week = 1; ; week++) {
            int day = Math.min(start + 7 * week - 1, holdoutEnd);
            double actual = repeats.headMap(day, true).values().stream().mapToInt(Integer::intValue).sum();
            double expected = 0;
            for (Map.Entry<Integer, Integer> first : firstDays.headMap(day, true).entrySet()) {
                int age = day - first.getKey();
                expected += fit.failed() ? Double.NaN : first.getValue() * byAge.computeIfAbsent(age,
                        a -> fit.parameters().expectedPurchases(unit.fromDays(a)));
            }
            points.add(new CumulativePoint(week, day, actual, expected, day > calibrationEndDay));
            if (day == holdoutEnd) {
                return List.copyOf(points);
            }
        }
    }
}
