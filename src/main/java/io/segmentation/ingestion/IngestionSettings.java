package io.segmentation.ingestion;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits and defaults of uploads.
 *
 * @param maxErrors             removed rows listed with line numbers in a report
 * @param maxLineLength         longest CSV record accepted, in characters; a longer one fails the upload with a 413
 * @param maxRows               most data rows (lines or sheet rows, header excluded) in one upload; more fail it with a 413
 * @param maxSharedStringsSize  largest uncompressed shared strings table of an XLSX workbook (read into memory); a
 *                              larger one fails the upload with a 413
 * @param removeOutliers        default of the upload parameter {@code removeOutliers} (IQR fences on order amounts)
 */
@ConfigurationProperties("segmentation.ingestion")
record IngestionSettings(@DefaultValue("100") int maxErrors, @DefaultValue("65536") int maxLineLength,
                         @DefaultValue("10000000") long maxRows, @DefaultValue("64MB") DataSize maxSharedStringsSize,
                         @DefaultValue("false") boolean removeOutliers) {

    ReadLimits readLimits() {
        return new ReadLimits(maxLineLength, maxRows, maxSharedStringsSize.toBytes());
    }
}
