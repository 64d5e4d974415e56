package io.segmentation.purchases;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;

/**
 * Every customer's revenue and quantity per product, summed as the lines stream past, in primitive arrays: about 30
 * bytes a customer-product pair instead of about 160 for a map of maps of {@code double[]} and then a list of
 * {@link ProductSales.Sale}s (the 50,000,000-line file has tens of millions of pairs). {@link #sales()} lists them
 * grouped by customer, customers in the order they were first given, each customer's products in the order of their
 * first sale. Not thread-safe.
 */
final class ProductSalesTable {

    private static final int PAGE_BITS = 14;
    private static final int PAGE = 1 << PAGE_BITS;

    private final Map<String, Integer> customerIndex = new HashMap<>();
    private final List<String> customers = new ArrayList<>();
    private final Map<String, Integer> productIndex = new HashMap<>();
    private final List<String> products = new ArrayList<>();

    // why: pages, so that growing never copies (or briefly doubles) the pairs themselves; only the slots are rehashed
    private long[][] keys = new long[0][];
    private double[][] revenue = new double[0][];
    private double[][] quantity = new double[0][];
    private int size;

    // open addressing (linear probing, load at most 3/4) over pair number + 1, 0 marking an empty slot, in 64 tables
    // chosen by the hash's top bits: each grows on its own, so growing holds an old table 1/64 of the whole beside
    // its successor instead of all of it (a 2 GB heap has no room for both at tens of millions of pairs)
    private static final int TABLE_BITS = 6;
    private final int[][] slots = new int[1 << TABLE_BITS][];
    private final int[] filled = new int[1 << TABLE_BITS];

    ProductSalesTable() {
        for (int t = 0; t < slots.length; t++) {
            slots[t] = new int[1 << 6];
        }
    }

    /** The index of a customer, given the first time it is seen. */
    int customer(String customerId) {
        return customerIndex.computeIfAbsent(customerId, id -> {
            customers.add(id);
            return customers.size() - 1;
        });
    }

    /** Adds a line's amount and quantity to the customer's sales of the product. */
    void add(int customer, String product, double amount, double items) {
        int productNumber = productIndex.computeIfAbsent(product, p -> {
            products.add(p);
            return products.size() - 1;
        });
        long key = ((long) customer << 32) | productNumber;
        long hash = hash(key);
        int t = (int) (hash >>> (64 - TABLE_BITS));
        int[] table = slots[t];
        int mask = table.length - 1;
        int i = (int) hash & mask;
        while (table[i] != 0) {
            int pair = table[i] - 1;
            if (keys[pair >>> PAGE_BITS][pair & (PAGE - 1)] == key) {
                revenue[pair >>> PAGE_BITS][pair & (PAGE - 1)] += amount;
                quantity[pair >>> PAGE_BITS][pair & (PAGE - 1)] += items;
                return;
            }
            i = (i + 1) & mask;
        }
        int pair = size++;
        if ((pair >>> PAGE_BITS) == keys.length) {
            addPage();
        }
        // why: += on the zeroed arrays, as the sums of a new pair always started from 0.0 (0.0 + -0.0 is 0.0)
        keys[pair >>> PAGE_BITS][pair & (PAGE - 1)] = key;
        revenue[pair >>> PAGE_BITS][pair & (PAGE - 1)] += amount;
        quantity[pair >>> PAGE_BITS][pair & (PAGE - 1)] += items;
        table[i] = pair + 1;
        if (4L * ++filled[t] > 3L * table.length) {
            rehash(t);
        }
    }

    /** Number of customer-product pairs. */
    int size() {
        return size;
    }

    /**
     * The pairs as sales, grouped by customer (a view made of this table: each sale is built when it is read, so the
     * list costs 4 bytes a pair).
     */
    List<ProductSales.Sale> sales() {
        // why: a stable counting sort by customer keeps each customer's products in the order of their first sale
        int[] start = new int[customers.size() + 1];
        for (int pair = 0; pair < size; pair++) {
            start[customerOf(pair) + 1]++;
        }
        for (int c = 0; c < customers.size(); c++) {
            start[c + 1] += start[c];
        }
        int[] order = new int[size];
        for (int pair = 0; pair < size; pair++) {
            order[start[customerOf(pair)]++] = pair;
        }
        return new SalesView(order);
    }

    private int customerOf(int pair) {
        return (int) (keys[pair >>> PAGE_BITS][pair & (PAGE - 1)] >>> 32);
    }

    private static long hash(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return h ^ (h >>> 29);
    }

    private void addPage() {
        int pages = keys.length + 1;
        keys = Arrays.copyOf(keys, pages);
        revenue = Arrays.copyOf(revenue, pages);
        quantity = Arrays.copyOf(quantity, pages);
        keys[pages - 1] = new long[PAGE];
        revenue[pages - 1] = new double[PAGE];
        quantity[pages - 1] = new double[PAGE];
    }

    private void rehash(int t) {
        int[] old = slots[t];
        int[] grown = new int[old.length * 2];
        int mask = grown.length - 1;
        for (int entry : old) {
            if (entry != 0) {
                int pair = entry - 1;
                int i = (int) hash(keys[pair >>> PAGE_BITS][pair & (PAGE - 1)]) & mask;
                while (grown[i] != 0) {
                    i = (i + 1) & mask;
                }
                grown[i] = entry;
            }
        }
        slots[t] = grown;
    }

    /** The sales in the order given, read from the table. */
    private final class SalesView extends AbstractList<ProductSales.Sale> implements RandomAccess {

        private final int[] order;

        SalesView(int[] order) {
            this.order = order;
        }

        @Override
        public ProductSales.Sale get(int index) {
            int pair = order[index];
            long key = keys[pair >>> PAGE_BITS][pair & (PAGE - 1)];
            return new ProductSales.Sale(customers.get((int) (key >>> 32)), products.get((int) key),
                    revenue[pair >>> PAGE_BITS][pair & (PAGE - 1)], quantity[pair >>> PAGE_BITS][pair & (PAGE - 1)]);
        }

        @Override
        public int size() {
            return order.length;
        }
    }
}
