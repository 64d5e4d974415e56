package io.segmentation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CategoryPreferenceTests {

    @Test
    void slugsCategoryNamesIntoLowerCaseIds() {
        assertThat(CategoryPreference.slug("Womens")).isEqualTo("womens");
        assertThat(CategoryPreference.slug("Home & Garden")).isEqualTo("home-garden");
        assertThat(CategoryPreference.slug("  Crème Brûlée! ")).isEqualTo("creme-brulee");
        assertThat(CategoryPreference.slug("MntWines")).isEqualTo("mntwines");
    }

    @Test
    void keepsDominantIdsApartFromTheFixedIds() {
        assertThat(CategoryPreference.slug("Mixed")).isEqualTo("mixed-category");
        assertThat(CategoryPreference.slug("UNKNOWN")).isEqualTo("unknown-category");
    }

    @Test
    void givesANameWithoutLettersOrDigitsAnId() {
        assertThat(CategoryPreference.slug("???")).startsWith("category-").isNotEqualTo("category-");
    }

    @Test
    void keepsTheDataNameOfADominantCategory() {
        assertThat(CategoryPreference.dominant("Home & Garden"))
                .isEqualTo(new CategoryPreference("home-garden", "Home & Garden"));
    }

    @Test
    void findsFixedPreferencesAndGuessesDominantNamesFromIds() {
        assertThat(CategoryPreference.fromId("family")).isSameAs(CategoryPreference.FAMILY);
        assertThat(CategoryPreference.fromId("home-garden").name()).isEqualTo("Home Garden");
    }

    @Test
    void rejectsABlankCategoryName() {
        assertThatThrownBy(() -> CategoryPreference.dominant(" ")).isInstanceOf(IllegalArgumentException.class);
    }
}
