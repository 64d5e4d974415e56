package io.segmentation.segments;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * The order of a customer list: {@code field} or {@code field,asc|desc}. Without a direction, customer ids and
 * recency ascend and the value fields (monetary, frequency, predicted CLV, churn risk) descend, which is what a
 * targeting list wants. Customers without the field (no lifetime value figures) come last.
 *
 * @param field      the sort field
 * @param descending true for largest first
 */
public record CustomerSort(Field field, boolean descending) {

    /** The fields a customer list sorts by, with the stored document path each reads. */
    public enum Field {
        CUSTOMER_ID("customerId", "_id", false),
        RECENCY_DAYS("recencyDays", "profile.recencyDays", false),
        FREQUENCY("frequency", "profile.frequency", true),
        MONETARY("monetary", "profile.monetary", true),
        PREDICTED_CLV("predictedClv", "profile.clv.predictedClv", true),
        CHURN_RISK("churnRisk", "profile.clv.churnRisk", true);

        final String name;
        final String path;
        final boolean descendingByDefault;

        Field(String name, String path, boolean descendingByDefault) {
            this.name = name;
            this.path = path;
            this.descendingByDefault = descendingByDefault;
        }
    }

    /** Customer id order, the default. */
    public static final CustomerSort BY_ID = new CustomerSort(Field.CUSTOMER_ID, false);

    /**
     * Parses {@code predictedClv}, {@code churnRisk,desc}, {@code recencyDays,asc}, ...; null or blank is
     * {@link #BY_ID}.
     *
     * @throws IllegalArgumentException naming the allowed fields and directions
     */
    public static CustomerSort parse(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return BY_ID;
        }
        String[] parts = text.split(",", -1);
        String name = parts[0].trim();
        Field field = Arrays.stream(Field.values()).filter(f -> f.name.equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("sort '" + text + "' is not a customer sort; use one of "
                        + Arrays.stream(Field.values()).map(f -> f.name).collect(Collectors.joining(", "))
                        + ", optionally followed by ,asc or ,desc"));
        if (parts.length == 1) {
            return new CustomerSort(field, field.descendingByDefault);
        }
        String direction = parts[1].trim().toLowerCase(Locale.ROOT);
        if (parts.length > 2 || !(direction.equals("asc") || direction.equals("desc"))) {
            throw new IllegalArgumentException("sort '" + text + "': the direction must be asc or desc");
        }
        return new CustomerSort(field, direction.equals("desc"));
    }

    /** The sort as the API writes it, e.g. {@code predictedClv,desc}. */
    @Override
    public String toString() {
        return field.name + (descending ? ",desc" : ",asc");
    }
}
