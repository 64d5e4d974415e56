package io.segmentation.clustering;

import java.util.Random;

/** Seeded gaussian blobs around given centres, the test data set of the clustering tests. */
final class Blobs {

    private final double[][] points;
    private final int[] truth;

    private Blobs(double[][] points, int[] truth) {
        this.points = points;
        this.truth = truth;
    }

    /** {@code perCentre} points around each centre, each feature offset by a normal draw of standard deviation spread. */
    static Blobs around(double[][] centres, int perCentre, double spread, long seed) {
        Random random = new Random(seed);
        double[][] points = new double[centres.length * perCentre][];
        int[] truth = new int[points.length];
        for (int i = 0; i < points.length; i++) {
            double[] centre = centres[i % centres.length];
            points[i] = new double[centre.length];
            for (int f = 0; f < centre.length; f++) {
                points[i][f] = centre[f] + spread * random.nextGaussian();
            }
            truth[i] = i % centres.length;
        }
        return new Blobs(points, truth);
    }

    double[][] points() {
        return points;
    }

    /** The index of the centre each point was drawn around. */
    int[] truth() {
        return truth;
    }
}
