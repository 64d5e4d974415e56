package io.segmentation.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import io.segmentation.clustering.Algorithm;
import io.segmentation.clustering.KSelectionRule;
import io.segmentation.rfm.RfmSegmentTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every algorithm behind the one model contract: train, describe, persist (as a model), predict with confidence. */
class ModelAlgorithmsTests {

    private static final List<String> FEATURES = List.of("a", "b");

    /** Three well-separated blobs of 150 points (spread 0.5 around (0, 0), (10, 0), (0, 10)), then two far outliers. */
    private static double[][] blobsAndOutliers() {
        Random random = new Random(4);
        double[][] centres = { { 0, 0 }, { 10, 0 }, { 0, 10 } };
        List<double[]> rows = new ArrayList<>();
        for (int i = 0; i < 450; i++) {
            double[] c = centres[i % 3];
            rows.add(new double[] { c[0] + 0.5 * random.nextGaussian(), c[1] + 0.5 * random.nextGaussian() });
        }
        rows.add(new double[] { 30, 30 });
        rows.add(new double[] { -20, 25 });
        return rows.toArray(double[][]::new);
    }

    private static TrainingOptions options(Algorithm algorithm) {
        return new TrainingOptions(2, 6, 42, 10, 300, 0, KSelectionRule.ELBOW).with(algorithm, null, 5);
    }

    private static ServingModel serving(ModelTraining.Fit fit) {
        List<List<Double>> centroids = new ArrayList<>();
        for (double[] c : fit.centroids()) {
            centroids.add(ScalerParameters.boxed(c));
        }
        return new ServingModel(new ClusterModel(1, "blobs", Instant.EPOCH, FEATURES, ScalerParameters.of(fit.scaler()),
                centroids, fit.k(), 42L, fit.metrics(), fit.clusters(), null, null,
                new TrainingSummary("file", "blobs.csv", 452, 452, Map.of(), null), fit.algorithm(), fit.parameters(),
                fit.distributions()));
    }

    @ParameterizedTest
    @EnumSource(Algorithm.class)
    void findsTheThreeBlobsAndPredictsTheirCentresConfidently(Algorithm algorithm) {
        double[][] rows = blobsAndOutliers();

        ModelTraining.Fit fit = ModelTraining.fit(FEATURES, rows, options(algorithm), null, null, RfmSegmentTable.DEFAULT);
        ServingModel model = serving(fit);

        assertThat(fit.algorithm()).isEqualTo(algorithm.id());
        long real = fit.clusters().stream().filter(c -> !c.id().equals("noise")).count();
        assertThat(real).isEqualTo(3);
        assertThat(fit.clusters().stream().mapToLong(ClusterProfile::size).sum()).isEqualTo(rows.length);
        ServingModel.Assignment first = model.assign(new double[] { 0, 0 });
        ServingModel.Assignment second = model.assign(new double[] { 10, 0 });
        ServingModel.Assignment third = model.assign(new double[] { 0, 10 });
        assertThat(List.of(first.clusterId(), second.clusterId(), third.clusterId())).doesNotHaveDuplicates()
                .doesNotContain("noise");
        assertThat(first.clusterId()).isEqualTo(fit.clusters().get(fit.labels()[0]).id());
        assertThat(List.of(first, second, third)).allSatisfy(a -> assertThat(a.confidence()).isGreaterThan(0.9));
        if (algorithm != Algorithm.GMM) {
            // gmm's posterior is sharp between tight blobs: 1.0 to four decimals even half-way
            ServingModel.Assignment between = model.assign(new double[] { 5, 0 });
            assertThat(between.confidence()).isLessThan(first.confidence());
        }
    }

    @Test
    void dbscanCallsTheOutliersNoiseAndPredictsNoiseFarFromEveryCorePoint() {
        ModelTraining.Fit fit = ModelTraining.fit(FEATURES, blobsAndOutliers(), options(Algorithm.DBSCAN), null, null,
                RfmSegmentTable.DEFAULT);

        ClusterProfile noise = fit.clusters().get(fit.clusters().size() - 1);
        assertThat(noise.id()).isEqualTo("noise");
        assertThat(noise.size()).isEqualTo(2);
        assertThat(fit.parameters().eps()).isPositive();
        assertThat(fit.parameters().epsEstimated()).isTrue();
        assertThat(fit.parameters().minSamples()).isEqualTo(5);
        ServingModel.Assignment far = serving(fit).assign(new double[] { 50, -50 });
        assertThat(far.clusterId()).isEqualTo("noise");
        assertThat(far.confidence()).isZero();
    }

    @Test
    void gmmKeepsWeightsMeansAndCovariancesInClusterOrder() {
        ModelTraining.Fit fit = ModelTraining.fit(FEATURES, blobsAndOutliers(), options(Algorithm.GMM).with(Algorithm.GMM,
                null, null), null, null, RfmSegmentTable.DEFAULT);

        AlgorithmParameters p = fit.parameters();
        assertThat(p.weights()).hasSize(fit.k());
        assertThat(p.weights().stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(1.0,
                org.assertj.core.api.Assertions.within(1e-9));
        assertThat(p.covariances()).hasSize(fit.k()).allSatisfy(c -> assertThat(c).hasSize(2));
        for (int c = 0; c < fit.k(); c++) {
            assertThat(p.means().get(c)).isEqualTo(ScalerParameters.boxed(fit.centroids()[c]));
        }
    }
}
