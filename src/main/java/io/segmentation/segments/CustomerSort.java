package io.segmentation.segments;

import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * The order of a customer page: a profile field and a direction, written {@code field} or {@code field,asc|desc}
 * (e.g. {@code monetary,desc}); ties are broken by customer id, ascending.
 *
 * @param field      one of {@link #FIELDS}
 * @param descending whether larger values come first
 */
public record CustomerSort(String field, boolean descending) {

    /** The sortable fields; {@code customerId} is the default. */
    public static final List<String> FIELDS = List.of("customerId", "recencyDays", "frequency", "monetary",
            "averageOrderValue", "tenureDays");

    static final CustomerSort BY_ID = new CustomerSort("customerId", false);

    /** Parses {@code field[,asc|desc]}; null or blank is by customer id; throws {@link InvalidSortException}. */
    public static CustomerSort parse(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return BY_ID;
        }
        String[] parts = text.split(",", -1);
        String direction = parts.length > 1 ? parts[1].trim().toLowerCase(Locale.ROOT) : "asc";
        if (parts.length > 2 || !FIELDS.contains(parts[0].trim()) || !List.of("asc", "desc").contains(direction)) {
            throw new InvalidSortException(text);
        }
        return new CustomerSort(parts[0].trim(), "desc".equals(direction));
    }

    boolean byId() {
        return "customerId".equals(field);
    }

    @Override
    public String toString() {
        return field + (descending ? ",desc" : ",asc");
    }
}
