package io.segmentation.clustering;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.apache.commons.math3.ml.clustering.Cluster;
import org.apache.commons.math3.ml.clustering.DBSCANClusterer;
import org.apache.commons.math3.ml.clustering.DoublePoint;
import org.junit.jupiter.api.Test;

/** Tests of {@link Dbscan}: a ring around a blob with scattered noise, checked against Commons Math's DBSCAN. */
class DbscanTests {

    /** A ring of radius 5 (400 points), a blob at the centre (200 points), then 20 far, scattered noise points. */
    private static double[][] ringBlobAndNoise() {
        Random random = new Random(11);
        List<double[]> points = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            double angle = 2 * Math.PI * i / 400;
            points.add(new double[] { 5 * Math.cos(angle) + 0.1 * random.nextGaussian(),
                    5 * Math.sin(angle) + 0.1 * random.nextGaussian() });
        }
        for (int i = 0; i < 200; i++) {
            points.add(new double[] { 0.3 * random.nextGaussian(), 0.3 * random.nextGaussian() });
        }
        for (int i = 0; i < 20; i++) {
            double angle = 2 * Math.PI * i / 20;
            points.add(new double[] { 12 * Math.cos(angle), 12 * Math.sin(angle) });
        }
        return points.toArray(double[][]::new);
    }

    @Test
    void findsTheRingTheBlobAndTheNoise() {
        double[][] points = ringBlobAndNoise();

        Dbscan.Fit fit = Dbscan.fit(points, 0.5, 5);

        assertThat(fit.clusters()).isEqualTo(2);
        assertThat(fit.labels()[0]).isNotEqualTo(fit.labels()[450]);
        for (int i = 0; i < 400; i++) {
            assertThat(fit.labels()[i]).isEqualTo(fit.labels()[0]);
        }
        for (int i = 600; i < 620; i++) {
            assertThat(fit.labels()[i]).isEqualTo(Dbscan.NOISE);
        }
    }

    @Test
    void agreesWithCommonsMathWhoseMinPtsDoesNotCountThePointItself() {
        double[][] points = ringBlobAndNoise();
        Dbscan.Fit ours = Dbscan.fit(points, 0.5, 5);

        List<DoublePoint> wrapped = new ArrayList<>();
        for (double[] p : points) {
            wrapped.add(new DoublePoint(p));
        }
        List<Cluster<DoublePoint>> theirs = new DBSCANClusterer<DoublePoint>(0.5, 4).cluster(wrapped);
        int[] theirLabels = new int[points.length];
        java.util.Arrays.fill(theirLabels, -1);
        for (int c = 0; c < theirs.size(); c++) {
            for (DoublePoint p : theirs.get(c).getPoints()) {
                theirLabels[wrapped.indexOf(p)] = c;
            }
        }

        assertThat(theirs).hasSize(ours.clusters());
        assertThat(PlainAdjustedRand.adjustedRand(ours.labels(), theirLabels)).isEqualTo(1.0);
    }

    @Test
    void estimatesAnEpsThatSeparatesTheRingFromTheNoise() {
        double[][] points = ringBlobAndNoise();

        double eps = Dbscan.kneeEps(points, 5, 42);
        Dbscan.Fit fit = Dbscan.fit(points, eps, 5);

        assertThat(eps).isBetween(0.05, 3.0);
        assertThat(fit.labels()[610]).isEqualTo(Dbscan.NOISE);
        assertThat(fit.clusters()).isGreaterThanOrEqualTo(2);
    }
}
