package io.segmentation.web;

import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * The order of a list, written {@code field} or {@code field,asc|desc}, the field one of the list's allow-list.
 *
 * @param field      the field sorted on
 * @param descending whether larger values (or later times) come first
 */
public record ListSort(String field, boolean descending) {

    /**
     * Parses {@code text}; null or blank gives {@code defaultSort}, a field without a direction ascends.
     *
     * @param list    the list's name for the error, e.g. {@code /runs}
     * @param text    {@code field} or {@code field,asc|desc}
     * @param allowed the fields this list sorts on
     * @throws InvalidSortException (400 {@code invalid-sort}) naming the allowed fields
     */
    public static ListSort parse(String list, @Nullable String text, List<String> allowed, ListSort defaultSort) {
        return parse(list, text, allowed, defaultSort, List.of());
    }

    /**
     * As {@link #parse(String, String, List, ListSort)}, with the fields in {@code descendingByDefault} descending
     * when no direction is given (a list of the most valuable first).
     */
    public static ListSort parse(String list, @Nullable String text, List<String> allowed, ListSort defaultSort,
                                 List<String> descendingByDefault) {
        if (text == null || text.isBlank()) {
            return defaultSort;
        }
        String[] parts = text.split(",", -1);
        String field = parts[0].trim();
        String direction = parts.length > 1 ? parts[1].trim().toLowerCase(Locale.ROOT)
                : descendingByDefault.contains(field) ? "desc" : "asc";
        if (parts.length > 2 || !allowed.contains(field) || !List.of("asc", "desc").contains(direction)) {
            throw new InvalidSortException(list, text, allowed);
        }
        return new ListSort(field, "desc".equals(direction));
    }

    @Override
    public String toString() {
        return field + (descending ? ",desc" : ",asc");
    }
}
