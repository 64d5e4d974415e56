package io.segmentation.dashboard;

import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.segmentation.dashboard.RunAggregates.MonthTrend;
import io.segmentation.purchases.Order;

/**
 * Folds orders, in any order, into revenue, orders, active customers and new customers (first order ever) per
 * calendar month of the given zone.
 */
final class MonthlyTrends {

    private final ZoneId zone;
    private final Map<String, Integer> customerIndex = new HashMap<>();
    private final List<YearMonth> firstMonth = new ArrayList<>();
    private final TreeMap<YearMonth, Month> months = new TreeMap<>();

    MonthlyTrends(ZoneId zone) {
        this.zone = zone;
    }

    /** Running figures of one month. */
    private static final class Month {
        double revenue;
        long orders;
        final BitSet active = new BitSet();
    }

    void add(Order order) {
        YearMonth month = YearMonth.from(order.timestamp().atZone(zone));
        Integer index = customerIndex.get(order.customerId());
        if (index == null) {
            index = firstMonth.size();
            customerIndex.put(order.customerId(), index);
            firstMonth.add(month);
        } else if (month.isBefore(firstMonth.get(index))) {
            firstMonth.set(index, month);
        }
        Month m = months.computeIfAbsent(month, k -> new Month());
        m.revenue += order.amount();
        m.orders++;
        m.active.set(index);
    }

    /** Every month from the first order's to the last order's, oldest first, months without orders included. */
    List<MonthTrend> months() {
        Map<YearMonth, Long> newCustomers = new HashMap<>();
        firstMonth.forEach(m -> newCustomers.merge(m, 1L, Long::sum));
        List<MonthTrend> trends = new ArrayList<>();
        if (months.isEmpty()) {
            return trends;
        }
        for (YearMonth m = months.firstKey(); !m.isAfter(months.lastKey()); m = m.plusMonths(1)) {
            Month figures = months.getOrDefault(m, new Month());
            trends.add(new MonthTrend(m.toString(), CustomerFigures.round(figures.revenue), figures.orders, figures.active.cardinality(),
                    newCustomers.getOrDefault(m, 0L)));
        }
        return trends;
    }
}
