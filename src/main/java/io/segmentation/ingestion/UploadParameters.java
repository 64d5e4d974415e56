package io.segmentation.ingestion;

import io.segmentation.cleaning.RejectionReason;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** The optional form fields of {@code POST /uploads} besides the file. */
@Schema(description = "Optional reading instructions; leave empty for the Online Retail and order layouts.")
record UploadParameters(
        @Schema(description = "csv or xlsx; by default from the file name, else from the first bytes", example = "csv")
        @Nullable @Pattern(regexp = "^([cC][sS][vV]|[xX][lL][sS][xX])$", message = "must be csv or xlsx") String format,
        @Schema(description = "java.time pattern that replaces date detection", example = "dd.MM.yyyy HH:mm")
        @Nullable @Size(max = 100) String dateFormat,
        @Schema(description = "column holding the customer id") @Nullable @Size(max = 200) String customerIdColumn,
        @Schema(description = "column holding the order (invoice) id") @Nullable @Size(max = 200) String orderIdColumn,
        @Schema(description = "column holding the purchase date") @Nullable @Size(max = 200) String dateColumn,
        @Schema(description = "column holding the quantity (with unitPriceColumn)") @Nullable @Size(max = 200) String quantityColumn,
        @Schema(description = "column holding the unit price (with quantityColumn)") @Nullable @Size(max = 200) String unitPriceColumn,
        @Schema(description = "column holding the order amount (instead of quantity x unit price)") @Nullable @Size(max = 200) String amountColumn,
        @Schema(description = "column holding the product category") @Nullable @Size(max = 200) String categoryColumn,
        @Schema(description = "column holding the country") @Nullable @Size(max = 200) String countryColumn,
        @Schema(description = "drop orders outside the IQR fences of order amounts (off by default: the best customers are the outliers)")
        @Nullable Boolean removeOutliers,
        @Schema(description = "cleaning rules to switch off, comma-separated names as in rejectedByReason, e.g."
                + " NON_POSITIVE_PRICE to keep free orders (negative amounts stay removed unless CANCELLED is off too)",
                example = "NON_POSITIVE_PRICE,DUPLICATE") @Nullable @Size(max = 200) String disable,
        @Schema(description = "ISO 4217 code of the amounts (overrides a code in the amount header)", example = "GBP")
        @Nullable @Size(max = 10) String currency) {

    UploadOptions toOptions(IngestionSettings settings) {
        java.util.Set<RejectionReason> disabled = java.util.EnumSet.noneOf(RejectionReason.class);
        disabled.addAll(settings.disabledRules());
        if (disable != null && !disable.isBlank()) {
            for (String name : disable.split(",")) {
                String rule = name.trim().toUpperCase(java.util.Locale.ROOT);
                try {
                    disabled.add(RejectionReason.valueOf(rule));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("disable: '" + name.trim() + "' is not a cleaning rule; use "
                            + java.util.Arrays.toString(RejectionReason.values()), e);
                }
            }
        }
        String code = currency == null || currency.isBlank() ? settings.currency() : currency(currency, "currency");
        return new UploadOptions(format, dateFormat, new ColumnOverrides(customerIdColumn, orderIdColumn, dateColumn,
                quantityColumn, unitPriceColumn, amountColumn, categoryColumn, countryColumn),
                removeOutliers == null ? settings.removeOutliers() : removeOutliers, disabled, code);
    }

    /** An ISO 4217 code in upper case; throws naming the parameter when it is none. */
    static String currency(String code, String parameter) {
        String upper = code.trim().toUpperCase(java.util.Locale.ROOT);
        try {
            java.util.Currency.getInstance(upper);
            return upper;
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(parameter + " '" + code.trim() + "' is not an ISO 4217 currency code"
                    + " such as GBP, EUR, USD or LKR", e);
        }
    }
}
