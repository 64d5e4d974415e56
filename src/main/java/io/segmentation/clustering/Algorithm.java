package io.segmentation.clustering;

import java.util.Locale;

/** The clustering algorithms a model can be trained with. */
public enum Algorithm {

    /** k-means: k-means++ restarts, Lloyd to a fixed point, Hartigan moves; nearest centroid. */
    KMEANS,

    /** Gaussian mixture with full covariances by EM; highest posterior. */
    GMM,

    /** DBSCAN; nearest core point within eps, else noise. */
    DBSCAN,

    /** Agglomerative clustering with Ward linkage, the tree cut at k; nearest centroid. */
    WARD;

    /** The lower-case name used in requests and stored models. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses {@code kmeans}, {@code gmm}, {@code dbscan} or {@code ward}, ignoring case.
     *
     * @throws IllegalArgumentException for anything else
     */
    public static Algorithm parse(String text) {
        for (Algorithm a : values()) {
            if (a.id().equalsIgnoreCase(text.trim())) {
                return a;
            }
        }
        throw new IllegalArgumentException("algorithm must be kmeans, gmm, dbscan or ward, was '" + text + "'");
    }
}
