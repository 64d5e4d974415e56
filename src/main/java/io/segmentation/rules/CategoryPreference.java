package io.segmentation.rules;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A customer's category-preference segment: a dominant category, {@code family}, {@code mixed} or {@code unknown}.
 *
 * @param id the stable id: a dominant category's slug (e.g. {@code "womens"}) or one of the fixed ids
 * @param name the name shown to people: the category name as in the data (e.g. {@code "Womens"}) or
 *        {@code Family}, {@code Mixed}, {@code Unknown}
 */
public record CategoryPreference(String id, String name) {

    /** Two or more categories each with a large share of spend. */
    public static final CategoryPreference FAMILY = new CategoryPreference("family", "Family");
    /** Spend spread without a dominant category or a family pattern. */
    public static final CategoryPreference MIXED = new CategoryPreference("mixed", "Mixed");
    /** No order carries a category. */
    public static final CategoryPreference UNKNOWN = new CategoryPreference("unknown", "Unknown");

    /**
     * The ids of the service's own segments and actions that a category's slug must never take: the fixed category
     * ids, the purchase-frequency and spending rule ids, DESIGN.md's RFM segment ids, DBSCAN's {@code noise} and the
     * recommendations' {@code high-churn-risk}; cluster ids ({@code cluster-<n>}) are kept apart by pattern. A run
     * adds its configured RFM segment ids through {@link RuleSegmenter#withReservedIds}.
     */
    public static final Set<String> SYSTEM_IDS = Stream.of(
                    Stream.of(FAMILY.id, MIXED.id, UNKNOWN.id, "noise", "high-churn-risk"),
                    Arrays.stream(PurchaseFrequency.values()).map(PurchaseFrequency::id),
                    Arrays.stream(Spending.values()).map(Spending::id),
                    // why: rules/ cannot read rfm's table; these are DESIGN.md's RFM ids, a configured table's ids
                    // come through RuleSegmenter#withReservedIds
                    Stream.of("champions", "cannot-lose-them", "at-risk", "loyal-customers", "lost", "new-customers",
                            "promising", "potential-loyalists", "about-to-sleep", "hibernating", "need-attention"))
            .flatMap(ids -> ids).collect(Collectors.toUnmodifiableSet());

    /** Longest slug kept whole; longer names are cut and get a hash of the whole name. */
    private static final int MAX_SLUG = 64;

    /**
     * Rejects blank ids and names.
     *
     * @throws IllegalArgumentException when {@code id} or {@code name} is null or blank
     */
    public CategoryPreference {
        if (id == null || id.isBlank() || name == null || name.isBlank()) {
            throw new IllegalArgumentException("category preference needs an id and a name, was " + id + "/" + name);
        }
    }

    /**
     * The segment of customers whose spend is dominated by one category.
     *
     * @param categoryName the category name as in the data, e.g. {@code "Home & Garden"}
     * @return a preference with id {@link #slug(String)} of the name and the name itself
     * @throws IllegalArgumentException when the name is null or blank
     */
    public static CategoryPreference dominant(String categoryName) {
        return dominant(categoryName, SYSTEM_IDS);
    }

    /**
     * As {@link #dominant(String)}, keeping the id apart from {@code reserved} ids as well.
     *
     * @param reserved ids the slug must not equal (e.g. a run's configured RFM segment ids)
     */
    public static CategoryPreference dominant(String categoryName, Set<String> reserved) {
        if (categoryName == null || categoryName.isBlank()) {
            throw new IllegalArgumentException("category name must not be blank");
        }
        return new CategoryPreference(slug(categoryName, reserved), categoryName);
    }

    /**
     * Turns a category name into its segment id: lower case, accents dropped, every run of other characters than
     * letters and digits replaced by one {@code -}, e.g. {@code "Home & Garden"} -> {@code "home-garden"}.
     *
     * <p>A name whose slug would be one of the service's own ids ({@link #SYSTEM_IDS}, {@code cluster-<n>}) gets the
     * suffix {@code -category} so the two segments stay apart, whatever the case, spaces or accents of the name; a
     * name with no letter or digit gets {@code category-<hex hash>}; a slug longer than 64 characters is cut and
     * gets a hash of the whole name, so two long names stay apart.
     *
     * @param categoryName the category name as in the data, not null
     * @return the id, never blank, at most 80 characters of letters, digits and {@code -}
     */
    public static String slug(String categoryName) {
        return slug(categoryName, SYSTEM_IDS);
    }

    /** As {@link #slug(String)}, also keeping apart from {@code reserved}. */
    public static String slug(String categoryName, Set<String> reserved) {
        String slug = Normalizer.normalize(categoryName, Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]+", "-")
                .replaceAll("^-+|-+$", "");
        String hash = Integer.toHexString(categoryName.hashCode());
        if (slug.isEmpty()) {
            return "category-" + hash;
        }
        if (slug.length() > MAX_SLUG) {
            slug = slug.substring(0, MAX_SLUG).replaceAll("-+$", "") + "-" + hash;
        }
        if (isTaken(slug, reserved)) {
            slug = slug + "-category";
        }
        return isTaken(slug, reserved) ? slug + "-" + hash : slug;
    }

    private static boolean isTaken(String slug, Set<String> reserved) {
        return SYSTEM_IDS.contains(slug) || reserved.contains(slug) || slug.matches("cluster-[0-9]+");
    }

    /**
     * Finds the preference for an id read back without its name: a fixed id gives its constant, any other id is
     * taken as a dominant category whose name is guessed from the slug (e.g. {@code "home-garden"} ->
     * {@code "Home Garden"}).
     *
     * @param id a stable id, not blank
     * @return the preference
     * @throws IllegalArgumentException when the id is null or blank
     */
    public static CategoryPreference fromId(String id) {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("category preference id must not be blank");
        }
        for (CategoryPreference fixed : new CategoryPreference[] {FAMILY, MIXED, UNKNOWN}) {
            if (fixed.id.equals(id)) {
                return fixed;
            }
        }
        String name = Arrays.stream(id.split("-"))
                .filter(word -> !word.isEmpty())
                .map(word -> word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1))
                .collect(Collectors.joining(" "));
        return new CategoryPreference(id, name.isEmpty() ? id : name);
    }
}
