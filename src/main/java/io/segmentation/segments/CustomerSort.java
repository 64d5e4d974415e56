package io.segmentation.segments;

import java.util.List;

import io.segmentation.web.ListSort;
import org.jspecify.annotations.Nullable;

/**
 * The order of a customer page: a profile field and a direction, written {@code field} or {@code field,asc|desc}
 * (e.g. {@code monetary,desc}); ties are broken by customer id, ascending. Without a direction the order ascends,
 * except for the lifetime-value fields {@code predictedClv} and {@code churnRisk}, which descend (a targeting list
 * starts with the most valuable or the most at risk). Customers without the field (no lifetime value) come last.
 *
 * @param field      one of {@link #FIELDS}
 * @param descending whether larger values come first
 */
public record CustomerSort(String field, boolean descending) {

    /** The sortable fields; {@code customerId} is the default. */
    public static final List<String> FIELDS = List.of("customerId", "recencyDays", "frequency", "monetary",
            "averageOrderValue", "tenureDays", "predictedClv", "churnRisk");

    /** Fields read from the profile's {@code clv} block; they descend unless asked otherwise. */
    private static final List<String> CLV_FIELDS = List.of("predictedClv", "churnRisk");

    static final CustomerSort BY_ID = new CustomerSort("customerId", false);

    /** Parses {@code field[,asc|desc]}; null or blank is by customer id; throws {@link io.segmentation.web.InvalidSortException}. */
    public static CustomerSort parse(@Nullable String text) {
        ListSort sort = ListSort.parse("customers", text, FIELDS, new ListSort(BY_ID.field(), BY_ID.descending()),
                CLV_FIELDS);
        return new CustomerSort(sort.field(), sort.descending());
    }

    /** The field's path in a stored customer document, e.g. {@code profile.clv.predictedClv}. */
    String path() {
        return CLV_FIELDS.contains(field) ? "profile.clv." + field : "profile." + field;
    }

    /** The field's number in a customer document read with {@link #path()}, or null when it has none. */
    @Nullable Double valueIn(org.bson.Document doc) {
        Object value = doc;
        for (String part : path().split("\\.")) {
            if (!(value instanceof org.bson.Document d)) {
                return null;
            }
            value = d.get(part);
        }
        return value instanceof Number n ? n.doubleValue() : null;
    }

    /** Documents in this order, those without the field last, ties by customer id. */
    java.util.Comparator<java.util.Map.Entry<String, @Nullable Double>> order() {
        java.util.Comparator<Double> values = descending ? java.util.Comparator.<Double>reverseOrder()
                : java.util.Comparator.<Double>naturalOrder();
        return java.util.Comparator.<java.util.Map.Entry<String, @Nullable Double>, Double>comparing(
                java.util.Map.Entry::getValue, java.util.Comparator.nullsLast(values))
                .thenComparing(java.util.Map.Entry::getKey);
    }

    boolean byId() {
        return "customerId".equals(field);
    }

    @Override
    public String toString() {
        return field + (descending ? ",desc" : ",asc");
    }
}
