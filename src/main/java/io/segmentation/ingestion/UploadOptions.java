package io.segmentation.ingestion;

import org.jspecify.annotations.Nullable;

/**
 * How to read one uploaded file.
 *
 * @param format         {@code csv} or {@code xlsx}; null = from the file name, else from the first bytes
 * @param dateFormat     a {@link java.time.format.DateTimeFormatter} pattern replacing date detection, or null
 * @param columns        explicit column names for layouts that are not detected
 * @param removeOutliers true to drop orders outside the IQR fences of order amounts (off by default)
 */
public record UploadOptions(@Nullable String format, @Nullable String dateFormat, ColumnOverrides columns,
                            boolean removeOutliers) {

    public static UploadOptions defaults() {
        return new UploadOptions(null, null, ColumnOverrides.none(), false);
    }
}
