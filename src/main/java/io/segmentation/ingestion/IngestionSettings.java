package io.segmentation.ingestion;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits and defaults of uploads.
 *
 * @param maxErrors      removed rows listed with line numbers in a report
 * @param maxLineLength  longest CSV record accepted, in characters; a longer one fails the upload with a 4xx
 * @param removeOutliers default of the upload parameter {@code removeOutliers} (IQR fences on order amounts)
 */
@ConfigurationProperties("segmentation.ingestion")
record IngestionSettings(@DefaultValue("100") int maxErrors, @DefaultValue("65536") int maxLineLength,
                         @DefaultValue("false") boolean removeOutliers) {
}
