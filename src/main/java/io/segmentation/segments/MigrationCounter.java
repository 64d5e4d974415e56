package io.segmentation.segments;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;

/** Counts the cells of a migration matrix: customers and revenue per from-to pair of RFM segments. */
final class MigrationCounter {

    private final List<String> rfmOrder;
    private final Map<String, double[]> cells = new TreeMap<>(Comparator.comparing(this::rank));
    long customers;
    private double revenue;
    long newCustomers;

    MigrationCounter(List<String> rfmOrder) {
        this.rfmOrder = rfmOrder;
    }

    void add(String from, String to, double toMonetary, double fromMonetary) {
        double[] cell = cells.computeIfAbsent(from + '\u0000' + to, k -> new double[3]);
        cell[0]++;
        cell[1] += toMonetary;
        cell[2] += fromMonetary;
        customers++;
        revenue += toMonetary;
    }

    MigrationMatrix matrix(String from, String to, @Nullable LocalDate fromAsOf, @Nullable LocalDate toAsOf,
                           String basis, @Nullable Long gone) {
        List<MigrationMatrix.Cell> list = new ArrayList<>(cells.size());
        cells.forEach((key, v) -> {
            int sep = key.indexOf('\u0000');
            list.add(new MigrationMatrix.Cell(key.substring(0, sep), key.substring(sep + 1), (long) v[0],
                    round(v[1]), round(v[2])));
        });
        return new MigrationMatrix(to, from, to, fromAsOf, toAsOf, basis, customers, round(revenue), newCustomers,
                gone, list);
    }

    /** Sorts "from\0to" keys by the RFM table order of from, then of to; unknown ids last, by name. */
    private String rank(String key) {
        int sep = key.indexOf('\u0000');
        return position(key.substring(0, sep)) + position(key.substring(sep + 1));
    }

    private String position(String segment) {
        int i = rfmOrder.indexOf(segment);
        return String.format("%02d", i < 0 ? 99 : i) + segment + '\u0000';
    }

    private static double round(double amount) {
        return Math.round(amount * 100.0) / 100.0;
    }
}
