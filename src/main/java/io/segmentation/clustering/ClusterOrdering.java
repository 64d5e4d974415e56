package io.segmentation.clustering;

import java.util.Arrays;
import java.util.Comparator;

/** Renumbers the clusters of a k-means solution by one centroid feature, so that cluster ids are stable across runs. */
public final class ClusterOrdering {

    private ClusterOrdering() {
    }

    /**
     * The same clustering with clusters renumbered by decreasing centroid value in {@code featureIndex}: cluster 0
     * has the largest value (the service orders by the monetary feature). Equal values keep their original order.
     * Inertia and iterations are unchanged; centroids and labels are new arrays.
     *
     * @throws IllegalArgumentException when featureIndex is not a feature of the centroids
     */
    public static KMeansSolution orderByFeatureDescending(KMeansSolution solution, int featureIndex) {
        double[][] centroids = solution.centroids();
        if (featureIndex < 0 || featureIndex >= centroids[0].length) {
            throw new IllegalArgumentException("featureIndex " + featureIndex + " is outside [0, " + centroids[0].length + ")");
        }
        Integer[] order = new Integer[centroids.length];
        Arrays.setAll(order, c -> c);
        Arrays.sort(order, Comparator.comparingDouble((Integer c) -> centroids[c][featureIndex]).reversed());
        double[][] ordered = new double[centroids.length][];
        int[] newId = new int[centroids.length];
        for (int id = 0; id < order.length; id++) {
            ordered[id] = centroids[order[id]].clone();
            newId[order[id]] = id;
        }
        int[] labels = solution.labels();
        int[] relabelled = new int[labels.length];
        for (int i = 0; i < labels.length; i++) {
            relabelled[i] = newId[labels[i]];
        }
        return new KMeansSolution(ordered, relabelled, solution.inertia(), solution.iterations(), solution.converged());
    }
}
