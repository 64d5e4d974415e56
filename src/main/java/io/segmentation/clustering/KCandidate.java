package io.segmentation.clustering;

/**
 * How well k-means fits the data for one k, as compared when choosing k.
 *
 * @param k number of clusters
 * @param inertia sum of squared distances of points to their centroid, >= 0 (lower is better, but always falls with k)
 * @param silhouette mean silhouette in [-1, 1], higher is better; exact up to 10,000 points, sampled above
 * @param calinskiHarabasz Calinski-Harabasz index, >= 0, higher is better
 * @param daviesBouldin Davies-Bouldin index, >= 0, lower is better
 */
public record KCandidate(int k, double inertia, double silhouette, double calinskiHarabasz, double daviesBouldin) {
}
