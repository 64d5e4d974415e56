package io.segmentation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OrderFactsTests {

    private static final LocalDate DAY = LocalDate.parse("2011-10-01");

    @Test
    void readsAMissingCategoryMapAsEmpty() {
        assertThat(new OrderFacts(DAY, 10, null).amountByCategory()).isEmpty();
        assertThat(new OrderFacts(DAY, 10).amountByCategory()).isEmpty();
    }

    @Test
    void copiesTheCategoryMap() {
        Map<String, Double> categories = new HashMap<>(Map.of("Womens", 10.0));
        OrderFacts order = new OrderFacts(DAY, 10, categories);

        categories.put("Mens", 5.0);

        assertThat(order.amountByCategory()).containsOnlyKeys("Womens");
    }

    @Test
    void rejectsANegativeOrNonFiniteAmount() {
        assertThatThrownBy(() -> new OrderFacts(DAY, -0.01)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("amount");
        assertThatThrownBy(() -> new OrderFacts(DAY, Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new OrderFacts(DAY, 10, Map.of("Womens", Double.POSITIVE_INFINITY)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Womens");
    }

    @Test
    void rejectsABlankCategoryName() {
        assertThatThrownBy(() -> new OrderFacts(DAY, 10, Map.of(" ", 10.0)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("blank");
    }

    @Test
    void requiresADate() {
        assertThatThrownBy(() -> new OrderFacts(null, 10)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("date");
    }
}
