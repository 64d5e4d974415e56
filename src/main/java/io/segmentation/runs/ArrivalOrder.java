package io.segmentation.runs;

import java.util.Comparator;

import io.segmentation.purchases.StoredOrder;

/**
 * The order in which {@link RunInputs#load} hands a customer's orders to the pipeline: the iteration order of its
 * {@code java.util.HashMap} keyed by customer id + NUL + order id, filled by {@code put} only. That map iterates by
 * table bin (the key's spread hash masked by the table size, which follows from the number of distinct orders), and
 * within a bin in the order the keys were first put. The database path sorts each customer's orders this way so that
 * its floating-point sums equal the in-service path's to the last bit.
 */
final class ArrivalOrder {

    private ArrivalOrder() {
    }

    /**
     * The table size of a default {@code HashMap} after {@code entries} distinct puts: 16, doubled while the entries
     * exceed three quarters of it.
     */
    static int capacity(long entries) {
        int capacity = 16;
        while (entries > (int) (capacity * 0.75f) && capacity < (1 << 30)) {
            capacity <<= 1;
        }
        return capacity;
    }

    /** The bin of a key in a table of {@code capacity} bins ({@code HashMap.hash}: the hash's high half XORed in). */
    static int bin(String key, int capacity) {
        int h = key.hashCode();
        return (h ^ (h >>> 16)) & (capacity - 1);
    }

    /**
     * Orders of one customer as the map of {@code distinctOrders} entries iterates them: by bin, then by first put
     * (upload, bucket, position). A bin of 8 or more keys becomes a tree whose iteration order differs; with
     * {@code String} hashes spread over a table at most three quarters full that is about 1 bin in 10 million.
     */
    static Comparator<StoredOrder> of(long distinctOrders) {
        int capacity = capacity(distinctOrders);
        return Comparator.<StoredOrder>comparingInt(o -> bin(o.order().customerId() + '\u0000' + o.order().orderId(),
                        capacity))
                .thenComparingInt(StoredOrder::upload).thenComparingInt(StoredOrder::bucket)
                .thenComparingInt(StoredOrder::position);
    }
}
