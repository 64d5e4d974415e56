package io.segmentation.demo;

import java.util.SplittableRandom;

/** The customers who have made a first purchase, from whom repeat orders are drawn in proportion to their activity. */
final class ActiveCustomers {

    // A lapsed customer drawn is drawn again, a few times; what remains is a rare late order.
    private static final int DRAWS_PAST_LAPSE = 8;

    private final CustomerBase customers;

    private final int[] active;

    private final double[] cumulativeActivity;

    private int size;

    private int nextNewcomer;

    private int activated;

    ActiveCustomers(CustomerBase customers) {
        this.customers = customers;
        this.active = new int[customers.size()];
        this.cumulativeActivity = new double[customers.size()];
    }

    /** The next customer whose first day has come and who has not bought yet, or -1. */
    int nextNewcomer(int day) {
        if (this.nextNewcomer < this.customers.size()
                && this.customers.firstDay(this.customers.byFirstDay(this.nextNewcomer)) <= day) {
            return this.customers.byFirstDay(this.nextNewcomer++);
        }
        return -1;
    }

    /** Makes the newcomers handed out so far eligible for repeat orders (from the next day on). */
    void activateNewcomers() {
        while (this.activated < this.nextNewcomer) {
            activate(this.customers.byFirstDay(this.activated++));
        }
    }

    private void activate(int customer) {
        double before = this.size == 0 ? 0 : this.cumulativeActivity[this.size - 1];
        this.active[this.size] = customer;
        this.cumulativeActivity[this.size] = before + this.customers.activity(customer);
        this.size++;
    }

    /** A customer for a repeat order on a day, preferring those who have not lapsed, or -1 when nobody has bought yet. */
    int drawRepeat(SplittableRandom random, int day) {
        if (this.size == 0) {
            return -1;
        }
        int customer = -1;
        for (int attempt = 0; attempt < DRAWS_PAST_LAPSE; attempt++) {
            customer = this.active[RandomDraws.pick(this.cumulativeActivity, this.size, random.nextDouble())];
            if (day <= this.customers.lastDay(customer)) {
                break;
            }
        }
        return customer;
    }
}
