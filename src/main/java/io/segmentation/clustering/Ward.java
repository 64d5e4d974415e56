package io.segmentation.clustering;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Agglomerative clustering with Ward linkage, by the nearest-neighbour chain (pure, single-threaded).
 *
 * <p>The Ward distance of clusters A and B is the rise in within-cluster sum of squares on merging them,
 * |A||B| / (|A| + |B|) ||mean(A) - mean(B)||²; it is reducible, so the nearest-neighbour chain finds exactly the merges
 * of the greedy algorithm. Memory: the textbook algorithm keeps the n x n distance matrix, O(n²) (20,000 customers:
 * 200 million pairs, 1.6 GB as doubles), which is why the service trains Ward on a seeded sample of at most
 * {@link #SAMPLE_LIMIT} customers; this implementation computes distances from cluster means and sizes instead, so it
 * needs O(n d) memory and O(n² d) time. The tree is cut at k by undoing its k - 1 highest merges.
 */
public final class Ward {

    /** The service trains Ward on a seeded sample of this many points when there are more. */
    public static final int SAMPLE_LIMIT = 20_000;

    private Ward() {
    }

    /**
     * The merge tree: merge t joined clusters {@code left[t]} and {@code right[t]} (point indices, or n + s for the
     * cluster made by merge s) at Ward cost {@code height[t]}, in increasing height.
     */
    public record Tree(int n, int[] left, int[] right, double[] height) {

        /**
         * Labels 0..k-1 of the n points when the tree is cut into k clusters; clusters are numbered by their
         * smallest point index.
         */
        public int[] cut(int k) {
            if (k < 1 || k > n) {
                throw new IllegalArgumentException("k must be in [1, " + n + "], was " + k);
            }
            int[] parent = new int[2 * n - 1];
            Arrays.setAll(parent, i -> i);
            for (int t = 0; t < n - k; t++) {
                parent[left[t]] = n + t;
                parent[right[t]] = n + t;
            }
            int[] labels = new int[n];
            int[] labelOfRoot = new int[2 * n - 1];
            Arrays.fill(labelOfRoot, -1);
            int next = 0;
            for (int i = 0; i < n; i++) {
                int root = i;
                while (parent[root] != root) {
                    root = parent[root];
                }
                if (labelOfRoot[root] < 0) {
                    labelOfRoot[root] = next++;
                }
                labels[i] = labelOfRoot[root];
            }
            return labels;
        }

        /**
         * The top of the tree: its last {@code p} merges (at most n - 1), as a dendrogram whose leaves are the clusters
         * that existed before them (scipy's {@code truncate_mode='lastp'}).
         */
        public Dendrogram top(int p) {
            int merges = Math.min(p, n - 1);
            int first = n - 1 - merges;
            int[] size = new int[2 * n - 1];
            int[] point = new int[2 * n - 1];
            for (int i = 0; i < n; i++) {
                size[i] = 1;
                point[i] = i;
            }
            for (int t = 0; t < n - 1; t++) {
                size[n + t] = size[left[t]] + size[right[t]];
                point[n + t] = point[left[t]];
            }
            java.util.Map<Integer, Integer> leafOf = new java.util.LinkedHashMap<>();
            java.util.List<Integer> leafSizes = new java.util.ArrayList<>();
            java.util.List<Integer> leafPoints = new java.util.ArrayList<>();
            java.util.List<int[]> joined = new java.util.ArrayList<>();
            java.util.List<Double> heights = new java.util.ArrayList<>();
            // why: a child made by a merge before the top ones (or a point) is a leaf of the truncated tree
            java.util.function.IntUnaryOperator node = id -> {
                if (id >= n + first) {
                    return -1 - (id - n - first); // a top merge, resolved below
                }
                return leafOf.computeIfAbsent(id, k -> {
                    leafSizes.add(size[k]);
                    leafPoints.add(point[k]);
                    return leafSizes.size() - 1;
                });
            };
            int[][] children = new int[merges][2];
            for (int j = 0; j < merges; j++) {
                int t = first + j;
                children[j][0] = node.applyAsInt(left[t]);
                children[j][1] = node.applyAsInt(right[t]);
                heights.add(height[t]);
            }
            int leaves = leafSizes.size();
            for (int j = 0; j < merges; j++) {
                int a = children[j][0] < 0 ? leaves + (-1 - children[j][0]) : children[j][0];
                int b = children[j][1] < 0 ? leaves + (-1 - children[j][1]) : children[j][1];
                joined.add(new int[] {a, b});
            }
            return new Dendrogram(java.util.List.copyOf(leafSizes), java.util.List.copyOf(leafPoints),
                    java.util.List.copyOf(joined), java.util.List.copyOf(heights));
        }
    }

    /**
     * A truncated merge tree for drawing.
     *
     * @param leafSizes  points in each leaf (a cluster formed before the merges shown)
     * @param leafPoints for each leaf, the index of one of its points (to tell which final cluster it is in)
     * @param merges     merge j joins nodes {@code merges[j][0]} and {@code [1]}: leaves are 0..L-1, merge j is L + j
     * @param heights    the Ward cost of merge j (the increase in within-cluster sum of squares), increasing
     */
    public record Dendrogram(java.util.List<Integer> leafSizes, java.util.List<Integer> leafPoints,
                             java.util.List<int[]> merges, java.util.List<Double> heights) {
    }

    /**
     * Builds the Ward tree of the points.
     *
     * @throws IllegalArgumentException when points are empty, ragged or not finite
     */
    public static Tree tree(double[][] points) {
        int d = Points.requireMatrix(points, "points");
        int n = points.length;
        double[][] means = new double[2 * n - 1][];
        int[] sizes = new int[2 * n - 1];
        boolean[] active = new boolean[2 * n - 1];
        for (int i = 0; i < n; i++) {
            means[i] = points[i].clone();
            sizes[i] = 1;
            active[i] = true;
        }
        int[] left = new int[n - 1];
        int[] right = new int[n - 1];
        double[] height = new double[n - 1];
        int[] chain = new int[n];
        int top = 0;
        int merges = 0;
        int nextActive = 0;
        while (merges < n - 1) {
            if (top == 0) {
                while (!active[nextActive]) {
                    nextActive++;
                }
                chain[top++] = nextActive;
            }
            int a = chain[top - 1];
            int previous = top > 1 ? chain[top - 2] : -1;
            int best = -1;
            double bestCost = Double.POSITIVE_INFINITY;
            for (int b = 0; b < n + merges; b++) {
                if (b == a || !active[b]) {
                    continue;
                }
                double cost = cost(means[a], sizes[a], means[b], sizes[b], d);
                // why: ties prefer the previous chain element, so the chain cannot cycle
                if (cost < bestCost || (cost == bestCost && b == previous)) {
                    bestCost = cost;
                    best = b;
                }
            }
            if (best == previous) {
                top -= 2;
                int merged = n + merges;
                double[] mean = new double[d];
                int size = sizes[a] + sizes[best];
                for (int f = 0; f < d; f++) {
                    mean[f] = (means[a][f] * sizes[a] + means[best][f] * sizes[best]) / size;
                }
                means[merged] = mean;
                sizes[merged] = size;
                active[a] = false;
                active[best] = false;
                active[merged] = true;
                means[a] = null;
                means[best] = null;
                left[merges] = Math.min(a, best);
                right[merges] = Math.max(a, best);
                height[merges] = bestCost;
                merges++;
            } else {
                chain[top++] = best;
            }
        }
        return sorted(n, left, right, height);
    }

    /** Ward's cost of merging two clusters: the rise in within-cluster sum of squares. */
    static double cost(double[] a, int sizeA, double[] b, int sizeB, int d) {
        return (double) sizeA * sizeB / (sizeA + sizeB) * Points.squaredDistance(a, 0, b, 0, d);
    }

    /** The merges in increasing height, merge references renumbered to the new order. */
    private static Tree sorted(int n, int[] left, int[] right, double[] height) {
        int m = height.length;
        Integer[] order = new Integer[m];
        Arrays.setAll(order, t -> t);
        // why: a merge must come after the merges that made its parts; Ward heights are monotone, so sorting by
        // height with the creation index as tie-break keeps that order
        Arrays.sort(order, (s, t) -> height[s] != height[t] ? Double.compare(height[s], height[t]) : Integer.compare(s, t));
        int[] rank = new int[m];
        for (int t = 0; t < m; t++) {
            rank[order[t]] = t;
        }
        int[] l = new int[m];
        int[] r = new int[m];
        double[] h = new double[m];
        for (int t = 0; t < m; t++) {
            int s = order[t];
            l[t] = left[s] < n ? left[s] : n + rank[left[s] - n];
            r[t] = right[s] < n ? right[s] : n + rank[right[s] - n];
            h[t] = height[s];
        }
        return new Tree(n, l, r, h);
    }

    /** Indices of a seeded sample of {@code limit} points (all indices, in order, when n <= limit). */
    public static int[] sample(int n, int limit, long seed) {
        int[] all = new int[n];
        Arrays.setAll(all, i -> i);
        if (n <= limit) {
            return all;
        }
        SplittableRandom random = new SplittableRandom(seed);
        for (int s = 0; s < limit; s++) {
            int pick = s + random.nextInt(n - s);
            int t = all[s];
            all[s] = all[pick];
            all[pick] = t;
        }
        int[] chosen = Arrays.copyOf(all, limit);
        Arrays.sort(chosen);
        return chosen;
    }
}
