package io.segmentation.rules;

import java.util.Optional;
import java.util.Set;

/**
 * The category-preference rules over categorised spend: unknown without it, else a dominant category, else family,
 * else mixed; shares are of the summed category amounts, boundaries inclusive.
 */
final class CategoryRules {

    private CategoryRules() {
    }

    static CategoryPreference preference(CategorySpend spend, RuleSettings settings, Set<String> reservedIds) {
        if (spend.isEmpty()) {
            return CategoryPreference.UNKNOWN;
        }
        Optional<String> dominant = dominantCategory(spend, settings.dominantCategoryShare());
        if (dominant.isPresent()) {
            return CategoryPreference.dominant(dominant.get(), reservedIds);
        }
        return isFamily(spend, settings.familyCategoryShare()) ? CategoryPreference.FAMILY : CategoryPreference.MIXED;
    }

    static Optional<String> dominantCategory(CategorySpend spend, double share) {
        return spend.largestWithShareAtLeast(share);
    }

    static boolean isFamily(CategorySpend spend, double share) {
        return spend.countWithShareAtLeast(share) >= 2;
    }
}
