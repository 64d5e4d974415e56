package io.segmentation.clustering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Tests of {@link Ward} against a naive O(n³) agglomeration that recomputes every pair's Ward cost at every step. */
class WardTests {

    private static final double[][] POINTS = Blobs.around(
            new double[][] { { 0, 0 }, { 4, 0 }, { 0, 4 }, { 4, 4 } }, 20, 1.3, 9).points();

    @ParameterizedTest
    @ValueSource(ints = { 1, 2, 3, 4, 6, 10 })
    void cutsTheTreeIntoTheClustersOfTheNaiveAlgorithm(int k) {
        int[] ours = Ward.tree(POINTS).cut(k);

        assertThat(PlainAdjustedRand.adjustedRand(ours, naive(POINTS, k))).isCloseTo(1.0, within(1e-12));
    }

    @ParameterizedTest
    @ValueSource(ints = { 2, 5 })
    void mergeHeightsSumToTheWithinClusterSumOfSquares(int k) {
        Ward.Tree tree = Ward.tree(POINTS);
        int[] labels = tree.cut(k);
        double merged = 0;
        for (int t = 0; t < POINTS.length - k; t++) {
            merged += tree.height()[t];
        }

        assertThat(merged).isCloseTo(withinSumOfSquares(POINTS, labels, k), within(1e-9));
    }

    /** Greedy Ward: merge the pair with the least rise in within-cluster sum of squares until k clusters remain. */
    private static int[] naive(double[][] points, int k) {
        List<List<Integer>> clusters = new ArrayList<>();
        for (int i = 0; i < points.length; i++) {
            clusters.add(new ArrayList<>(List.of(i)));
        }
        while (clusters.size() > k) {
            int bestA = 0;
            int bestB = 1;
            double best = Double.POSITIVE_INFINITY;
            for (int a = 0; a < clusters.size(); a++) {
                for (int b = a + 1; b < clusters.size(); b++) {
                    List<Integer> union = new ArrayList<>(clusters.get(a));
                    union.addAll(clusters.get(b));
                    double rise = sse(points, union) - sse(points, clusters.get(a)) - sse(points, clusters.get(b));
                    if (rise < best) {
                        best = rise;
                        bestA = a;
                        bestB = b;
                    }
                }
            }
            clusters.get(bestA).addAll(clusters.remove(bestB));
        }
        int[] labels = new int[points.length];
        for (int c = 0; c < clusters.size(); c++) {
            for (int i : clusters.get(c)) {
                labels[i] = c;
            }
        }
        return labels;
    }

    private static double sse(double[][] points, List<Integer> members) {
        double[] mean = new double[points[0].length];
        for (int i : members) {
            for (int f = 0; f < mean.length; f++) {
                mean[f] += points[i][f] / members.size();
            }
        }
        double sum = 0;
        for (int i : members) {
            for (int f = 0; f < mean.length; f++) {
                sum += (points[i][f] - mean[f]) * (points[i][f] - mean[f]);
            }
        }
        return sum;
    }

    private static double withinSumOfSquares(double[][] points, int[] labels, int k) {
        double total = 0;
        for (int c = 0; c < k; c++) {
            List<Integer> members = new ArrayList<>();
            for (int i = 0; i < labels.length; i++) {
                if (labels[i] == c) {
                    members.add(i);
                }
            }
            total += sse(points, members);
        }
        return total;
    }

    @org.junit.jupiter.api.Test
    void theTopOfTheTreeHasTheLastMergesOverLeavesThatPartitionThePoints() {
        double[][] line = {{0}, {1}, {10}, {11}, {20}, {21.5}};
        Ward.Tree tree = Ward.tree(line);
        Ward.Dendrogram top = tree.top(2);
        // the last two merges join the three pairs {0,1}, {10,11}, {20,21.5}: three leaves of two points each
        org.assertj.core.api.Assertions.assertThat(top.leafSizes()).containsExactlyInAnyOrder(2, 2, 2);
        org.assertj.core.api.Assertions.assertThat(top.merges()).hasSize(2);
        org.assertj.core.api.Assertions.assertThat(top.heights()).isSorted()
                .containsExactly(tree.height()[3], tree.height()[4]);
        int[] root = top.merges().get(1);
        org.assertj.core.api.Assertions.assertThat(root[0] == 3 || root[1] == 3).isTrue(); // joins the first merge
        java.util.Set<Integer> leafClusters = new java.util.HashSet<>();
        int[] cut = tree.cut(3);
        top.leafPoints().forEach(p -> leafClusters.add(cut[p]));
        org.assertj.core.api.Assertions.assertThat(leafClusters).hasSize(3);

        Ward.Dendrogram whole = tree.top(100);
        org.assertj.core.api.Assertions.assertThat(whole.leafSizes()).hasSize(6).containsOnly(1);
        org.assertj.core.api.Assertions.assertThat(whole.merges()).hasSize(5);
    }
}
