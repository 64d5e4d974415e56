package io.segmentation.clv;

import java.util.Arrays;

/**
 * One customer's calibration summary as the BG/NBD and Gamma-Gamma models read it: repeat purchase days, the times of
 * the last purchase and of the reference date since the first purchase, and the mean value of a repeat purchase day.
 *
 * @param x                repeat purchase periods: distinct purchase days - 1, >= 0
 * @param tx               time from the first to the last purchase day, in {@code unit}, 0 when x = 0, <= T
 * @param T                time from the first purchase day to the reference date, in {@code unit}, >= tx
 * @param monetary         mean value of the repeat purchase days (a day's amounts summed, the first day excluded), in
 *                         the data's currency, >= 0; 0 when x = 0
 * @param firstPurchaseDay epoch day of the first purchase (0 when the summary was not built from purchases)
 * @param unit             the unit of tx and T
 */
public record CustomerSummary(int x, double tx, double T, double monetary, int firstPurchaseDay, TimeUnit unit) {

    /** @throws IllegalArgumentException when a value is negative or not finite, tx > T, or tx > 0 while x = 0 */
    public CustomerSummary {
        if (x < 0 || !(tx >= 0) || !(T >= tx) || !Double.isFinite(T) || !(monetary >= 0) || !Double.isFinite(monetary)) {
            throw new IllegalArgumentException("customer summary needs x >= 0, 0 <= tx <= T finite and monetary >= 0; got x="
                    + x + " tx=" + tx + " T=" + T + " monetary=" + monetary);
        }
        if (x == 0 && tx != 0) {
            throw new IllegalArgumentException("customer summary with x = 0 repeat purchases must have tx = 0, got " + tx);
        }
        if (unit == null) {
            throw new IllegalArgumentException("customer summary needs a time unit");
        }
    }

    /** A summary not built from purchases (for models and tests): first purchase day 0, monetary as given. */
    public static CustomerSummary of(int x, double tx, double T, double monetary, TimeUnit unit) {
        return new CustomerSummary(x, tx, T, monetary, 0, unit);
    }

    /** The default reference date: the day after the latest purchase in the data (epoch days). */
    public static int defaultReferenceDay(int latestPurchaseEpochDay) {
        return latestPurchaseEpochDay + 1;
    }

    /**
     * Summarises one customer's purchases at a reference date; T = referenceDay - firstDay.
     *
     * @param purchaseEpochDays purchase days as epoch days, any order, repeats allowed (same-day amounts are summed)
     * @param amounts           the purchases' amounts in the data's currency, finite and >= 0 (0 is still a purchase),
     *                          same length as {@code purchaseEpochDays}
     * @param referenceEpochDay the end of calibration, >= every purchase day (a purchase on it counts)
     * @param unit              the unit of tx and T
     * @throws IllegalArgumentException for no purchases, different lengths, a negative or non-finite amount, or a purchase
     *                                  after the reference day
     */
    public static CustomerSummary of(int[] purchaseEpochDays, double[] amounts, int referenceEpochDay, TimeUnit unit) {
        if (purchaseEpochDays.length == 0) {
            throw new IllegalArgumentException("a customer summary needs at least one purchase");
        }
        if (purchaseEpochDays.length != amounts.length) {
            throw new IllegalArgumentException("purchase days (" + purchaseEpochDays.length + ") and amounts ("
                    + amounts.length + ") differ in length");
        }
        long[] order = new long[purchaseEpochDays.length];
        for (int i = 0; i < order.length; i++) {
            if (purchaseEpochDays[i] > referenceEpochDay) {
                throw new IllegalArgumentException("purchase on epoch day " + purchaseEpochDays[i]
                        + " is after the reference day " + referenceEpochDay);
            }
            if (!(amounts[i] >= 0) || !Double.isFinite(amounts[i])) {
                throw new IllegalArgumentException("purchase amount must be finite and >= 0, got " + amounts[i]);
            }
            // why: day in the high bits, index in the low bits, so one primitive sort orders purchases by day
            order[i] = ((long) purchaseEpochDays[i] << 32) | i;
        }
        Arrays.sort(order);
        int first = (int) (order[0] >> 32);
        int last = first;
        int distinctDays = 1;
        double repeatAmount = 0;
        for (long key : order) {
            int day = (int) (key >> 32);
            double amount = amounts[(int) key];
            if (day != last) {
                distinctDays++;
                last = day;
            }
            if (day != first) {
                repeatAmount += amount;
            }
        }
        int x = distinctDays - 1;
        double monetary = x == 0 ? 0 : repeatAmount / x;
        return new CustomerSummary(x, unit.fromDays(last - first), unit.fromDays(referenceEpochDay - first), monetary,
                first, unit);
    }
}
