package io.segmentation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuleSettingsTests {

    private static final RuleSettings D = RuleSettings.defaults();

    @Test
    void defaultsToTheDocumentedThresholds() {
        assertThat(D.loyalMinOrders()).isEqualTo(5);
        assertThat(D.loyalWindowMonths()).isEqualTo(6);
        assertThat(D.lapsedDays()).isEqualTo(90);
        assertThat(D.seasonalShare()).isEqualTo(0.8);
        assertThat(D.festivePeriods()).extracting(MonthDayRange::toString).containsExactly("04-01/04-20", "12-01/12-31");
        assertThat(D.highAverageOrderValue()).isEqualTo(15_000);
        assertThat(D.highLifetimeValue()).isEqualTo(150_000);
        assertThat(D.lowLifetimeValue()).isEqualTo(10_000);
        assertThat(D.dominantCategoryShare()).isEqualTo(0.7);
        assertThat(D.familyCategoryShare()).isEqualTo(0.3);
    }

    @Test
    void rejectsALoyaltyThresholdBelowOneOrder() {
        assertThatThrownBy(() -> new RuleSettings(0, 6, 90, 0.8, D.festivePeriods(), 15_000, 150_000, 10_000, 0.7, 0.3))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("loyalMinOrders");
    }

    @Test
    void rejectsASharePercentWrittenAsAWholeNumber() {
        assertThatThrownBy(() -> new RuleSettings(5, 6, 90, 80, D.festivePeriods(), 15_000, 150_000, 10_000, 0.7, 0.3))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("seasonalShare")
                .hasMessageContaining("0.8 for 80%");
    }

    @Test
    void rejectsANegativeAmount() {
        assertThatThrownBy(() -> new RuleSettings(5, 6, 90, 0.8, D.festivePeriods(), 15_000, 150_000, -1, 0.7, 0.3))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("lowLifetimeValue");
    }

    @Test
    void copiesTheFestivePeriods() {
        List<MonthDayRange> periods = new ArrayList<>(D.festivePeriods());
        RuleSettings settings = new RuleSettings(5, 6, 90, 0.8, periods, 15_000, 150_000, 10_000, 0.7, 0.3);

        periods.clear();

        assertThat(settings.festivePeriods()).hasSize(2);
    }
}
