package io.segmentation.models;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import io.segmentation.rfm.RfmSegmentTable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Retrained clusters keep the previous version's ids by minimum-cost matching of centroids; new and vanished ids. */
class ClusterIdMatchingTests {

    /** Three groups: rare small spenders, regulars, frequent big spenders. */
    private static double[][] customers(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[][] rows = new double[300][];
        for (int i = 0; i < rows.length; i++) {
            int group = i % 3;
            rows[i] = new double[] {new double[] {200, 40, 5}[group] * (0.7 + 0.6 * random.nextDouble()),
                    new double[] {1, 4, 15}[group] + random.nextInt(2),
                    new double[] {50, 400, 5_000}[group] * (0.7 + 0.6 * random.nextDouble())};
        }
        return rows;
    }

    private static ModelTraining.Fit fit(double[][] rows, int k) {
        return ModelTraining.fit(ModelService.RFM_FEATURES, rows, new TrainingOptions(k, k, 42, 10, 300, 0),
                Arrays.stream(rows).mapToDouble(r -> r[2]).toArray(), null, RfmSegmentTable.DEFAULT);
    }

    /** The fit as a stored model whose clusters carry the given ids. */
    private static ClusterModel previous(ModelTraining.Fit fit, String... ids) {
        List<ClusterProfile> clusters = new ArrayList<>();
        for (int c = 0; c < ids.length; c++) {
            clusters.add(fit.clusters().get(c).withId(ids[c]));
        }
        return new ClusterModel(4, "default", java.time.Instant.EPOCH, ModelService.RFM_FEATURES,
                ScalerParameters.of(fit.scaler()), Arrays.stream(fit.centroids()).map(ScalerParameters::boxed).toList(),
                fit.k(), 42L, fit.metrics(), clusters, null, null,
                new TrainingSummary("run", null, 300, 300, java.util.Map.of(), null), "kmeans", null, null);
    }

    @Test
    void retrainedClustersKeepTheIdsOfTheNearestPreviousCentroids() {
        ClusterModel before = previous(fit(customers(5), 3), "cluster-7", "cluster-3", "cluster-5");

        ModelTraining.Matched matched = ModelTraining.matchIds(fit(customers(6), 3), before);

        assertThat(matched.fit().clusters()).extracting(ClusterProfile::id)
                .containsExactly("cluster-7", "cluster-3", "cluster-5");
        assertThat(matched.matching().previousVersion()).isEqualTo(4);
        assertThat(matched.matching().matched()).allMatch(m -> m.distance() < 0.3);
        assertThat(matched.matching().newClusters()).isEmpty();
        assertThat(matched.matching().vanished()).isEmpty();
    }

    @Test
    void anExtraClusterTakesTheNextUnusedNumberAndAMissingOneIsReportedVanished() {
        ClusterModel before = previous(fit(customers(5), 3), "cluster-7", "cluster-3", "cluster-5");

        ModelTraining.Matched grown = ModelTraining.matchIds(fit(customers(5), 4), before);
        ModelTraining.Matched shrunk = ModelTraining.matchIds(fit(customers(5), 2), before);

        assertThat(grown.matching().newClusters()).containsExactly("cluster-8");
        assertThat(grown.fit().clusters()).extracting(ClusterProfile::id)
                .containsExactlyInAnyOrder("cluster-7", "cluster-3", "cluster-5", "cluster-8");
        assertThat(shrunk.matching().vanished()).hasSize(1);
        assertThat(shrunk.fit().clusters()).extracting(ClusterProfile::id).doesNotHaveDuplicates()
                .allMatch(id -> List.of("cluster-7", "cluster-3", "cluster-5").contains(id));
    }
}
