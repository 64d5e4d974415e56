package io.segmentation.demo;

import java.util.Arrays;
import java.util.SplittableRandom;

/** The invoices of one trading day before they are written: whose they are, how many lines, and their order in time. */
final class DayPlan {

    /** The customer of an invoice without a CustomerID. */
    static final int GUEST = -1;

    private int[] customer = new int[256];

    private int[] lines = new int[256];

    private int[] cancellation = new int[256];

    private int[] minute = new int[256];

    private int size;

    /** Empties the plan for a new day. */
    void clear() {
        this.size = 0;
    }

    /** Plans an order of a customer (or {@link #GUEST}) with a number of lines. */
    void addOrder(int customer, int lines) {
        add(customer, lines, -1);
    }

    /** Plans the cancellation at an index of the day's due cancellations. */
    void addCancellation(int index, int lines) {
        add(GUEST, lines, index);
    }

    private void add(int customer, int lines, int cancellation) {
        if (this.size == this.customer.length) {
            int capacity = this.size * 2;
            this.customer = Arrays.copyOf(this.customer, capacity);
            this.lines = Arrays.copyOf(this.lines, capacity);
            this.cancellation = Arrays.copyOf(this.cancellation, capacity);
            this.minute = Arrays.copyOf(this.minute, capacity);
        }
        this.customer[this.size] = customer;
        this.lines[this.size] = lines;
        this.cancellation[this.size] = cancellation;
        this.size++;
    }

    /** Shuffles the invoices and gives them shop-hour minutes in ascending order, so numbers follow time. */
    void schedule(SplittableRandom random) {
        for (int i = this.size - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            swap(this.customer, i, j);
            swap(this.lines, i, j);
            swap(this.cancellation, i, j);
        }
        for (int i = 0; i < this.size; i++) {
            this.minute[i] = ShopCalendar.drawMinute(random);
        }
        Arrays.sort(this.minute, 0, this.size);
    }

    private static void swap(int[] values, int i, int j) {
        int swap = values[i];
        values[i] = values[j];
        values[j] = swap;
    }

    /** Number of invoices planned. */
    int size() {
        return this.size;
    }

    /** Customer of the i-th invoice, or {@link #GUEST}. */
    int customer(int i) {
        return this.customer[i];
    }

    /** Lines of the i-th invoice. */
    int lines(int i) {
        return this.lines[i];
    }

    /** Index of the i-th invoice among the day's cancellations, or -1 for an order. */
    int cancellation(int i) {
        return this.cancellation[i];
    }

    /** Minute of the day of the i-th invoice, after {@link #schedule}. */
    int minute(int i) {
        return this.minute[i];
    }
}
