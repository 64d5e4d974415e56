package io.segmentation.segments;

import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * Which of a run's customers a list holds: members of any of {@code segments} (of any scheme; none: every customer),
 * and of {@code country} when given (compared without regard to case).
 *
 * @param segments     segment ids, e.g. {@code champions}, {@code cluster-0}; empty for all segments
 * @param country      a country as in the data, e.g. {@code United Kingdom}; null for every country
 * @param changedSince a run id: only customers whose segments changed in a run after it; null for all
 */
public record CustomerFilter(List<String> segments, @Nullable String country, @Nullable String changedSince) {

    /** Every customer. */
    public static final CustomerFilter ALL = new CustomerFilter(List.of(), null, null);

    public CustomerFilter {
        segments = segments.stream().map(String::trim).filter(s -> !s.isEmpty()).distinct().sorted().toList();
        country = country == null || country.isBlank() ? null : country.trim();
        changedSince = changedSince == null || changedSince.isBlank() ? null : changedSince.trim();
    }

    /** Segments and country, any change. */
    public CustomerFilter(List<String> segments, @Nullable String country) {
        this(segments, country, null);
    }

    /** The customers of one segment, or every customer when {@code segment} is null. */
    public static CustomerFilter segment(@Nullable String segment) {
        return new CustomerFilter(segment == null ? List.of() : List.of(segment), null, null);
    }

    /** True when the filter is at most one segment, no country and no change base: the lists kept per segment serve it. */
    boolean simple() {
        return segments.size() <= 1 && country == null && changedSince == null;
    }

    /** The one segment of a {@link #simple()} filter, or null. */
    @Nullable String onlySegment() {
        return segments.isEmpty() ? null : segments.get(0);
    }

    /** The key the filter's id list is kept under. */
    String key() {
        return String.join("\u0002", segments) + '\u0003' + (country == null ? "" : country.toLowerCase(Locale.ROOT))
                + '\u0004' + (changedSince == null ? "" : changedSince);
    }

    /** The segments as one request value ({@code champions,loyal-customers}), or null for all. */
    @Nullable String segmentsText() {
        return segments.isEmpty() ? null : String.join(",", segments);
    }
}
