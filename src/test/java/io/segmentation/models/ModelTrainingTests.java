package io.segmentation.models;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import io.segmentation.clustering.ModelFeature;
import io.segmentation.rfm.RfmSegmentTable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ModelTrainingTests {

    private static final TrainingOptions K3 = new TrainingOptions(3, 3, 42, 10, 300, 1e-4);

    /** Three groups of customers: rare small spenders, regulars, and frequent big spenders. */
    private static double[][] customers() {
        SplittableRandom random = new SplittableRandom(5);
        double[][] rows = new double[300][];
        for (int i = 0; i < rows.length; i++) {
            int group = i % 3;
            double recency = new double[] {200, 40, 5}[group] * (0.7 + 0.6 * random.nextDouble());
            double frequency = new double[] {1, 4, 15}[group] + random.nextInt(2);
            double monetary = new double[] {50, 400, 5_000}[group] * (0.7 + 0.6 * random.nextDouble());
            rows[i] = new double[] {recency, frequency, monetary};
        }
        return rows;
    }

    private static double[] monetary(double[][] rows) {
        return Arrays.stream(rows).mapToDouble(r -> r[2]).toArray();
    }

    @Test
    void theSameDataAndSeedGiveIdenticalModels() {
        double[][] rows = customers();
        ModelTraining.Fit a = ModelTraining.fit(ModelService.RFM_FEATURES, rows, K3, monetary(rows), null, RfmSegmentTable.DEFAULT);
        ModelTraining.Fit b = ModelTraining.fit(ModelService.RFM_FEATURES, rows, K3, monetary(rows), null, RfmSegmentTable.DEFAULT);
        assertThat(a.centroids()).isDeepEqualTo(b.centroids());
        assertThat(a.scaler()).isEqualTo(b.scaler());
        assertThat(a.labels()).isEqualTo(b.labels());
        assertThat(a.clusters()).isEqualTo(b.clusters());
        assertThat(a.metrics()).isEqualTo(b.metrics());
    }

    @Test
    void clustersAreOrderedByCentroidMonetaryAndProfiledInOriginalUnits() {
        double[][] rows = customers();
        ModelTraining.Fit fit = ModelTraining.fit(ModelService.RFM_FEATURES, rows, K3, monetary(rows), null, RfmSegmentTable.DEFAULT);
        List<ClusterProfile> clusters = fit.clusters();
        assertThat(clusters).extracting(ClusterProfile::id).containsExactly("cluster-0", "cluster-1", "cluster-2");
        // why: the centroid of log1p features maps back to a geometric-mean-like customer of each group
        assertThat(clusters.get(0).centroid().get("monetary")).isBetween(3_000.0, 7_000.0);
        assertThat(clusters.get(1).centroid().get("monetary")).isBetween(250.0, 600.0);
        assertThat(clusters.get(2).centroid().get("monetary")).isBetween(30.0, 70.0);
        assertThat(clusters.get(0).centroid().get("recencyDays")).isLessThan(10.0);
        assertThat(clusters).extracting(ClusterProfile::size).containsExactly(100L, 100L, 100L);
        double revenueShare = clusters.stream().mapToDouble(ClusterProfile::revenueShare).sum();
        assertThat(revenueShare).isCloseTo(1.0, within(1e-3));
        assertThat(clusters.get(0).revenueShare()).isGreaterThan(0.8);
    }

    @Test
    void aRangeChoosesTheBestSilhouetteAndReportsEveryK() {
        double[][] rows = customers();
        ModelTraining.Fit fit = ModelTraining.fit(ModelService.RFM_FEATURES, rows,
                new TrainingOptions(2, 6, 42, 10, 300, 1e-4), monetary(rows), null, RfmSegmentTable.DEFAULT);
        assertThat(fit.metrics()).extracting(KMetrics::k).containsExactly(2, 3, 4, 5, 6);
        KMetrics chosen = fit.metrics().stream().filter(KMetrics::chosen).findFirst().orElseThrow();
        assertThat(chosen.k()).isEqualTo(fit.k()).isEqualTo(3);
        assertThat(fit.metrics()).allSatisfy(m -> assertThat(m.silhouette()).isLessThanOrEqualTo(chosen.silhouette()));
    }

    @Test
    void anUndefinedMetricIsNullNotNaN() {
        double[][] rows = customers();
        ModelTraining.Fit fit = ModelTraining.fit(ModelService.RFM_FEATURES, rows, new TrainingOptions(1, 1, 1, 2, 50, 1e-4),
                null, null, RfmSegmentTable.DEFAULT);
        assertThat(fit.metrics().get(0).silhouette()).isNull();
        assertThat(fit.metrics().get(0).daviesBouldin()).isNull();
        assertThat(fit.metrics().get(0).inertia()).isPositive();
        assertThat(fit.clusters().get(0).revenue()).isNull();
    }

    @Test
    void theOrderingFeatureIsMonetaryThenSpendingThenTheFirst() {
        assertThat(ModelTraining.orderingFeature(List.of(ModelFeature.parse("log1p(recencyDays)"),
                ModelFeature.parse("log1p(monetary)")))).isEqualTo(1);
        assertThat(ModelTraining.orderingFeature(List.of(ModelFeature.parse("Age"), ModelFeature.parse("Income"),
                ModelFeature.parse("TotalSpending")))).isEqualTo(2);
        assertThat(ModelTraining.orderingFeature(List.of(ModelFeature.parse("Age"), ModelFeature.parse("Income"))))
                .isZero();
    }

    @Test
    void aServingModelAssignsTrainingPointsToTheirTrainingClusters() {
        double[][] rows = customers();
        ModelTraining.Fit fit = ModelTraining.fit(ModelService.RFM_FEATURES, rows, K3, monetary(rows), null, RfmSegmentTable.DEFAULT);
        ClusterModel model = new ClusterModel(1, "default", java.time.Instant.EPOCH, ModelService.RFM_FEATURES,
                ScalerParameters.of(fit.scaler()), Arrays.stream(fit.centroids()).map(ScalerParameters::boxed).toList(),
                fit.k(), 42L, fit.metrics(), fit.clusters(), null, null,
                new TrainingSummary("run", null, rows.length, rows.length, java.util.Map.of(), null), null, null, null);
        ServingModel serving = new ServingModel(model);
        for (int i = 0; i < rows.length; i++) {
            ServingModel.Assignment a = serving.assign(rows[i]);
            assertThat(a.index()).isEqualTo(fit.labels()[i]);
            assertThat(a.clusterId()).isEqualTo("cluster-" + fit.labels()[i]);
            assertThat(a.distance()).isGreaterThanOrEqualTo(0);
        }
        assertThat(serving.inputs()).containsExactly("recencyDays", "frequency", "monetary");
    }
}
