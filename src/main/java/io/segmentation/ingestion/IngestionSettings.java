package io.segmentation.ingestion;

import java.util.List;

import io.segmentation.cleaning.RejectionReason;
import org.jspecify.annotations.Nullable;

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
                         @DefaultValue("false") boolean removeOutliers,
                         @DefaultValue List<RejectionReason> disabledRules, @Nullable String currency) {

    IngestionSettings {
        if (currency != null && !currency.isBlank()) {
            currency = UploadParameters.currency(currency, "segmentation.ingestion.currency");
        } else {
            currency = null;
        }
        // why: a rule that cannot be switched off stops the start with the reason, not the first upload
        io.segmentation.cleaning.Cleaner.requireSwitchable(disabledRules);
    }

    ReadLimits readLimits() {
        return new ReadLimits(maxLineLength, maxRows, maxSharedStringsSize.toBytes());
    }
}
