package io.segmentation.models;

import io.segmentation.rfm.RfmEdges;
import org.jspecify.annotations.Nullable;

/**
 * A run's customers as training rows for the default model.
 *
 * @param runId           the run
 * @param dataFingerprint the run's data fingerprint
 * @param rows            one row per customer sorted by customer id: recency in days, frequency, monetary
 * @param edges           the run's score edges, for naming clusters (null when unknown)
 */
public record RfmSnapshot(String runId, @Nullable String dataFingerprint, double[][] rows, @Nullable RfmEdges edges) {

    /** Each row's monetary value. */
    double[] monetary() {
        double[] m = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            m[i] = rows[i][2];
        }
        return m;
    }
}
