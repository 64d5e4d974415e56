package io.segmentation.ingestion;

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
        @Nullable Boolean removeOutliers) {

    UploadOptions toOptions(boolean removeOutliersByDefault) {
        return new UploadOptions(format, dateFormat, new ColumnOverrides(customerIdColumn, orderIdColumn, dateColumn,
                quantityColumn, unitPriceColumn, amountColumn, categoryColumn, countryColumn),
                removeOutliers == null ? removeOutliersByDefault : removeOutliers);
    }
}
