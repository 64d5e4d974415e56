package io.segmentation.runs;

import java.util.List;

import io.segmentation.rules.MonthDayRange;
import io.segmentation.rules.RuleSettings;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import org.jspecify.annotations.Nullable;

/**
 * Rule-segment settings for one run; every null field keeps the configured {@code segmentation.rules.*} value.
 * Same units as the settings: amounts in the data's currency, shares as fractions, periods as {@code MM-dd/MM-dd}.
 */
@Schema(description = "Rule thresholds for this run only; omitted fields keep the configured segmentation.rules values.")
public record RuleOverrides(
        @Schema(example = "5") @Min(1) @Nullable Integer loyalMinOrders,
        @Schema(example = "6") @Min(1) @Nullable Integer loyalWindowMonths,
        @Schema(example = "60") @Min(1) @Nullable Integer lapsedDays,
        @Schema(example = "0.8") @DecimalMin(value = "0", inclusive = false) @DecimalMax("1") @Nullable Double seasonalShare,
        @Schema(example = "[\"04-01/04-20\", \"12-01/12-31\"]")
        @Nullable List<@NotNull @Pattern(regexp = "\\s*\\d{2}-\\d{2}\\s*/\\s*\\d{2}-\\d{2}\\s*",
                message = "must be MM-dd/MM-dd, e.g. 04-01/04-20") String> festivePeriods,
        @Schema(example = "15000") @PositiveOrZero @Nullable Double highAverageOrderValue,
        @Schema(example = "150000") @PositiveOrZero @Nullable Double highLifetimeValue,
        @Schema(example = "10000") @PositiveOrZero @Nullable Double lowLifetimeValue,
        @Schema(example = "0.7") @DecimalMin(value = "0", inclusive = false) @DecimalMax("1") @Nullable Double dominantCategoryShare,
        @Schema(example = "0.3") @DecimalMin(value = "0", inclusive = false) @DecimalMax("1") @Nullable Double familyCategoryShare) {

    /** Whether these overrides give spending amounts, which then apply as fixed amounts for the run. */
    boolean setsSpendingAmounts() {
        return highAverageOrderValue != null || highLifetimeValue != null || lowLifetimeValue != null;
    }

    /**
     * The configured settings with these overrides applied.
     *
     * @throws IllegalArgumentException when a value is out of range or a period is not a real {@code MM-dd/MM-dd}
     */
    RuleSettings applyTo(RuleProperties configured) {
        return new RuleSettings(
                loyalMinOrders != null ? loyalMinOrders : configured.loyalMinOrders(),
                loyalWindowMonths != null ? loyalWindowMonths : configured.loyalWindowMonths(),
                lapsedDays != null ? lapsedDays : configured.lapsedDays(),
                seasonalShare != null ? seasonalShare : configured.seasonalShare(),
                (festivePeriods != null ? festivePeriods : configured.festivePeriods()).stream()
                        .map(MonthDayRange::parse).toList(),
                highAverageOrderValue != null ? highAverageOrderValue : configured.highAverageOrderValue(),
                highLifetimeValue != null ? highLifetimeValue : configured.highLifetimeValue(),
                lowLifetimeValue != null ? lowLifetimeValue : configured.lowLifetimeValue(),
                dominantCategoryShare != null ? dominantCategoryShare : configured.dominantCategoryShare(),
                familyCategoryShare != null ? familyCategoryShare : configured.familyCategoryShare());
    }
}
