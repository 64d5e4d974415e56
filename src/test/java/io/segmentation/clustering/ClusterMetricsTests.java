package io.segmentation.clustering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;

import org.junit.jupiter.api.Test;

/** Tests of {@link ClusterMetrics} against hand-computed values and a brute-force silhouette. */
class ClusterMetricsTests {

    /** On a line: cluster 0 = {0, 2} (mean 1), cluster 1 = {6, 8, 10} (mean 8). */
    private static final double[][] LINE = { { 0 }, { 2 }, { 6 }, { 8 }, { 10 } };

    private static final int[] LINE_LABELS = { 0, 0, 1, 1, 1 };

    /** In the plane: cluster 0 = {(0,0), (2,0)}, cluster 1 = {(10,0), (10,4)}, cluster 2 = {(0,10)}. */
    private static final double[][] PLANE = { { 0, 0 }, { 2, 0 }, { 10, 0 }, { 10, 4 }, { 0, 10 } };

    private static final int[] PLANE_LABELS = { 0, 0, 1, 1, 2 };

    @Test
    void computesTheSilhouetteOfTheLineExampleByHand() {
        // s(0) = (8 - 2) / 8, s(2) = (6 - 2) / 6, s(6) = (5 - 3) / 5, s(8) = (7 - 2) / 7, s(10) = (9 - 3) / 9
        double expected = (3.0 / 4 + 2.0 / 3 + 2.0 / 5 + 5.0 / 7 + 2.0 / 3) / 5;

        assertThat(ClusterMetrics.silhouette(LINE, LINE_LABELS, 2)).isCloseTo(expected, within(1e-12));
        assertThat(expected).isCloseTo(1343.0 / 2100, within(1e-15));
    }

    @Test
    void computesCalinskiHarabaszOfTheExamplesByHand() {
        // line: overall mean 5.2; between = 2 * 4.2² + 3 * 2.8² = 58.8; within = 2 + 8 = 10; (58.8 / 1) / (10 / 3)
        assertThat(ClusterMetrics.calinskiHarabasz(LINE, LINE_LABELS, 2)).isCloseTo(17.64, within(1e-9));
        // plane: overall mean (4.4, 2.8); between = 2 * 19.4 + 2 * 32 + 71.2 = 174; within = 2 + 8 + 0 = 10;
        // (174 / 2) / (10 / 2)
        assertThat(ClusterMetrics.calinskiHarabasz(PLANE, PLANE_LABELS, 3)).isCloseTo(17.4, within(1e-9));
    }

    @Test
    void computesDaviesBouldinOfTheExamplesByHand() {
        // line: spreads 1 and 4/3, means 7 apart: both clusters have ratio (1 + 4/3) / 7 = 1/3
        assertThat(ClusterMetrics.daviesBouldin(LINE, LINE_LABELS, 2)).isCloseTo(1.0 / 3, within(1e-12));
        // plane: spreads 1, 2, 0; mean gaps √85 (0-1), √101 (0-2), √164 (1-2);
        // worst ratios: cluster 0 -> 3/√85, cluster 1 -> max(3/√85, 2/√164) = 3/√85, cluster 2 -> max(1/√101, 2/√164)
        double expected = (3 / Math.sqrt(85) + 3 / Math.sqrt(85) + 2 / Math.sqrt(164)) / 3;
        assertThat(ClusterMetrics.daviesBouldin(PLANE, PLANE_LABELS, 3)).isCloseTo(expected, within(1e-12));
    }

    @Test
    void agreesWithABruteForceSilhouetteIncludingASingletonAndAnEmptyCluster() {
        Random random = new Random(5);
        double[][] points = new double[60][3];
        int[] labels = new int[60];
        for (int i = 0; i < points.length; i++) {
            for (int f = 0; f < 3; f++) {
                points[i][f] = random.nextDouble() * 10;
            }
            // cluster 2 stays empty; cluster 4 holds only the last point
            labels[i] = i == 59 ? 4 : new int[] { 0, 1, 3 }[random.nextInt(3)];
        }

        assertThat(ClusterMetrics.silhouette(points, labels, 5)).isCloseTo(bruteForceSilhouette(points, labels, 5),
                within(1e-12));
    }

    @Test
    void givesTheSameValuesWhenEmptyClusterIdsAreLeftOut() {
        int[] withGap = { 0, 0, 3, 3, 3 };

        assertThat(ClusterMetrics.silhouette(LINE, withGap, 4))
                .isCloseTo(ClusterMetrics.silhouette(LINE, LINE_LABELS, 2), within(1e-15));
        assertThat(ClusterMetrics.calinskiHarabasz(LINE, withGap, 4))
                .isCloseTo(ClusterMetrics.calinskiHarabasz(LINE, LINE_LABELS, 2), within(1e-12));
        assertThat(ClusterMetrics.daviesBouldin(LINE, withGap, 4))
                .isCloseTo(ClusterMetrics.daviesBouldin(LINE, LINE_LABELS, 2), within(1e-15));
    }

    @Test
    void sampledSilhouetteEqualsTheExactOneWhenTheSampleCoversAllPoints() {
        Blobs blobs = Blobs.around(new double[][] { { 0, 0 }, { 3, 3 }, { 6, 0 } }, 100, 1.5, 8);
        double exact = ClusterMetrics.silhouette(blobs.points(), blobs.truth(), 3);

        assertThat(ClusterMetrics.sampledSilhouette(blobs.points(), blobs.truth(), 3, 300, 1)).isEqualTo(exact);
        assertThat(ClusterMetrics.sampledSilhouette(blobs.points(), blobs.truth(), 3, 10_000, 1)).isEqualTo(exact);
    }

    @Test
    void sampledSilhouetteIsReproducibleAndCloseToTheExactOne() {
        Blobs blobs = Blobs.around(new double[][] { { 0, 0 }, { 3, 3 }, { 6, 0 } }, 1_000, 1.5, 8);
        double exact = ClusterMetrics.silhouette(blobs.points(), blobs.truth(), 3);

        double sampled = ClusterMetrics.sampledSilhouette(blobs.points(), blobs.truth(), 3, 1_000, 77);

        assertThat(ClusterMetrics.sampledSilhouette(blobs.points(), blobs.truth(), 3, 1_000, 77)).isEqualTo(sampled);
        assertThat(ClusterMetrics.sampledSilhouette(blobs.points(), blobs.truth(), 3, 1_000, 78)).isNotEqualTo(sampled);
        assertThat(sampled).isCloseTo(exact, within(0.03));
    }

    @Test
    void perfectSeparationGivesASilhouetteNearOne() {
        Blobs blobs = Blobs.around(new double[][] { { 0, 0 }, { 1_000, 1_000 } }, 50, 0.1, 2);

        assertThat(ClusterMetrics.silhouette(blobs.points(), blobs.truth(), 2)).isGreaterThan(0.999);
        assertThat(ClusterMetrics.daviesBouldin(blobs.points(), blobs.truth(), 2)).isLessThan(0.001);
    }

    @Test
    void pointsOnTheirClusterMeansGiveCalinskiHarabaszOneAndDaviesBouldinZero() {
        double[][] points = { { 0, 0 }, { 0, 0 }, { 1, 1 } };
        int[] labels = { 0, 0, 1 };

        assertThat(ClusterMetrics.calinskiHarabasz(points, labels, 2)).isEqualTo(1.0);
        assertThat(ClusterMetrics.daviesBouldin(points, labels, 2)).isZero();
        // point 2 is alone (s = 0); points 0 and 1 have a = 0, b = √2 (s = 1)
        assertThat(ClusterMetrics.silhouette(points, labels, 2)).isCloseTo(2.0 / 3, within(1e-15));
    }

    @Test
    void isUndefinedForFewerThanTwoNonEmptyClusters() {
        int[] oneCluster = { 1, 1, 1, 1, 1 };

        assertThat(ClusterMetrics.silhouette(LINE, oneCluster, 3)).isNaN();
        assertThat(ClusterMetrics.calinskiHarabasz(LINE, oneCluster, 3)).isNaN();
        assertThat(ClusterMetrics.daviesBouldin(LINE, oneCluster, 3)).isNaN();
    }

    @Test
    void rejectsLabelsThatDoNotFitThePointsOrK() {
        assertThatIllegalArgumentException().isThrownBy(() -> ClusterMetrics.silhouette(LINE, new int[] { 0, 1 }, 2));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ClusterMetrics.calinskiHarabasz(LINE, new int[] { 0, 0, 1, 1, 2 }, 2));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ClusterMetrics.daviesBouldin(LINE, new int[] { 0, 0, 1, 1, -1 }, 2));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ClusterMetrics.sampledSilhouette(LINE, LINE_LABELS, 2, 1, 0));
    }

    /** The textbook definition, point by point, with plain loops and no shared code. */
    private static double bruteForceSilhouette(double[][] points, int[] labels, int k) {
        double total = 0;
        for (int i = 0; i < points.length; i++) {
            double[] sum = new double[k];
            int[] count = new int[k];
            for (int j = 0; j < points.length; j++) {
                if (j != i) {
                    double squares = 0;
                    for (int f = 0; f < points[i].length; f++) {
                        squares += Math.pow(points[i][f] - points[j][f], 2);
                    }
                    sum[labels[j]] += Math.sqrt(squares);
                    count[labels[j]]++;
                }
            }
            int own = labels[i];
            if (count[own] == 0) {
                continue;
            }
            double a = sum[own] / count[own];
            double b = Double.MAX_VALUE;
            for (int c = 0; c < k; c++) {
                if (c != own && count[c] > 0) {
                    b = Math.min(b, sum[c] / count[c]);
                }
            }
            total += (b - a) / Math.max(a, b);
        }
        return total / points.length;
    }
}
