package io.segmentation.ingestion;

import org.jspecify.annotations.Nullable;

/**
 * How to read one uploaded file.
 *
 * @param format         {@code csv} or {@code xlsx}; null = from the file name, else from the first bytes
 * @param dateFormat     a {@link java.time.format.DateTimeFormatter} pattern replacing date detection, or null
 * @param columns        explicit column names for layouts that are not detected
 * @param removeOutliers true to drop orders outside the IQR fences of order amounts (off by default)
 * @param disabledRules  cleaning rules not to apply
 * @param currency       ISO 4217 code of the amounts, or null to take it from the amount header (e.g. Total_Amount_LKR)
 */
public record UploadOptions(@Nullable String format, @Nullable String dateFormat, ColumnOverrides columns,
                            boolean removeOutliers, java.util.Set<io.segmentation.cleaning.RejectionReason> disabledRules,
                            @Nullable String currency) {

    public UploadOptions(@Nullable String format, @Nullable String dateFormat, ColumnOverrides columns,
                         boolean removeOutliers) {
        this(format, dateFormat, columns, removeOutliers, java.util.Set.of(), null);
    }

    public static UploadOptions defaults() {
        return new UploadOptions(null, null, ColumnOverrides.none(), false);
    }

    /**
     * The instructions as one stable text, so two uploads of the same bytes can tell whether they were read the same
     * way; the defaults give the empty string.
     */
    public String instructions() {
        String text = (format == null ? "" : "format=" + format.toLowerCase(java.util.Locale.ROOT) + ";")
                + (dateFormat == null || dateFormat.isBlank() ? "" : "dateFormat=" + dateFormat + ";")
                + (columns.isEmpty() ? "" : "columns=" + columns + ";")
                + (removeOutliers ? "removeOutliers;" : "")
                + (disabledRules.isEmpty() ? "" : "disable=" + new java.util.TreeSet<>(disabledRules) + ";")
                + (currency == null ? "" : "currency=" + currency + ";");
        return text;
    }
}
