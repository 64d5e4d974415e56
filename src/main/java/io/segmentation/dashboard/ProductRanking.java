package io.segmentation.dashboard;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.segmentation.dashboard.RunAggregates.ProductLists;
import io.segmentation.dashboard.RunAggregates.TopProduct;
import io.segmentation.dashboard.RunAggregates.TopProducts;
import io.segmentation.purchases.ProductSales;

/**
 * Ranks products by revenue and by quantity, over all of a run's customers and within each RFM segment, from the
 * customer-product sales kept at upload time (one pass over those pairs, none over purchase lines). Sales of customers
 * the run does not have (cleaned out, or erased) are left out, so totals match the run.
 */
final class ProductRanking {

    private final Map<String, String> segmentOf;
    private final int top;
    private final Map<String, Totals> overall = new HashMap<>();
    private final Map<String, Map<String, Totals>> bySegment = new HashMap<>();
    private final Map<String, String> names = new HashMap<>();

    /**
     * @param segmentOf customer id -> RFM segment id of the run's customers
     * @param top       products per list
     */
    ProductRanking(Map<String, String> segmentOf, int top) {
        this.segmentOf = segmentOf;
        this.top = top;
    }

    /** Product names, first given first. */
    Map<String, String> names() {
        return names;
    }

    void add(ProductSales.Sale sale) {
        String segment = segmentOf.get(sale.customerId());
        if (segment == null) {
            return;
        }
        overall.computeIfAbsent(sale.product(), p -> new Totals()).add(sale);
        bySegment.computeIfAbsent(segment, s -> new HashMap<>()).computeIfAbsent(sale.product(), p -> new Totals())
                .add(sale);
    }

    /** The rankings; {@code available} is false when no upload of the run had a product column. */
    TopProducts result() {
        Map<String, ProductLists> segments = new LinkedHashMap<>();
        bySegment.keySet().stream().sorted().forEach(s -> segments.put(s, lists(bySegment.get(s))));
        return new TopProducts(!overall.isEmpty(), lists(overall), segments);
    }

    private ProductLists lists(Map<String, Totals> totals) {
        return new ProductLists(ranked(totals, BY_REVENUE), ranked(totals, BY_QUANTITY));
    }

    private static final Comparator<Map.Entry<String, Totals>> BY_REVENUE = Comparator
            .<Map.Entry<String, Totals>>comparingDouble(e -> -e.getValue().revenue).thenComparing(Map.Entry::getKey);

    private static final Comparator<Map.Entry<String, Totals>> BY_QUANTITY = Comparator
            .<Map.Entry<String, Totals>>comparingDouble(e -> -e.getValue().quantity).thenComparing(Map.Entry::getKey);

    private List<TopProduct> ranked(Map<String, Totals> totals, Comparator<Map.Entry<String, Totals>> order) {
        List<TopProduct> ranked = new ArrayList<>();
        totals.entrySet().stream().sorted(order).limit(top).forEach(e -> ranked.add(new TopProduct(e.getKey(),
                names.get(e.getKey()), Math.round(e.getValue().revenue * 100) / 100.0,
                Math.round(e.getValue().quantity * 100) / 100.0, e.getValue().customers.size())));
        return List.copyOf(ranked);
    }

    /** One product's sums. */
    private static final class Totals {
        double revenue;
        double quantity;
        final Set<String> customers = new HashSet<>();

        void add(ProductSales.Sale sale) {
            revenue += sale.revenue();
            quantity += sale.quantity();
            customers.add(sale.customerId());
        }
    }
}
