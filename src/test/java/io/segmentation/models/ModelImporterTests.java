package io.segmentation.models;

import java.util.List;
import java.util.Optional;

import io.segmentation.rfm.RfmSegmentTable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ModelImporterTests {

    /** Two customer groups: (R, F, M) = (5 days, 10 orders, 2,000) and (200 days, 1 order, 20). */
    private static final double[][] RUN = {{5, 10, 2_000}, {6, 11, 2_100}, {200, 1, 20}, {210, 1, 25}, {190, 2, 30}};

    @Test
    void centroidsAreRenumberedByMonetaryAndSizedOnThePublishedRunWhateverTheFeatureOrder() {
        // features in M, R, F order; scaler identity-like so centroids are in log1p units
        List<String> features = List.of("log1p(monetary)", "log1p(recencyDays)", "log1p(frequency)");
        ModelImport request = new ModelImport("imported", features,
                new ScalerParameters(List.of(0.0, 0.0, 0.0), List.of(1.0, 1.0, 1.0)),
                List.of(List.of(Math.log1p(25), Math.log1p(200), Math.log1p(1)),
                        List.of(Math.log1p(2_000), Math.log1p(5), Math.log1p(10))), null);
        ModelTraining.Fit fit = ModelImporter.fit(request, () -> Optional.of(new RfmSnapshot("run-1", null, RUN, null)), RfmSegmentTable.DEFAULT);

        assertThat(fit.centroids()[0][0]).isEqualTo(Math.log1p(2_000));
        assertThat(fit.clusters()).extracting(ClusterProfile::size).containsExactly(2L, 3L);
        assertThat(fit.clusters().get(0).centroid().get("monetary")).isEqualTo(2_000.0);
        assertThat(fit.clusters().get(0).centroid().get("recencyDays")).isEqualTo(5.0);
        assertThat(fit.metrics()).isEmpty();
    }

    @Test
    void aModelOfOtherFeaturesIsNotSizedAndTheRunIsNotRead() {
        ModelImport request = new ModelImport(null, List.of("Age", "Income"),
                new ScalerParameters(List.of(40.0, 50_000.0), List.of(10.0, 20_000.0)),
                List.of(List.of(0.0, -1.0), List.of(1.0, 1.0)), null);
        ModelTraining.Fit fit = ModelImporter.fit(request, () -> {
            throw new AssertionError("the published run is not needed");
        }, RfmSegmentTable.DEFAULT);
        assertThat(fit.clusters()).extracting(ClusterProfile::size).containsOnlyNulls();
        // why: without a spending feature clusters are ordered by the first feature, Age
        assertThat(fit.clusters().get(0).centroid()).containsEntry("Age", 50.0).containsEntry("Income", 70_000.0);
        assertThat(fit.clusters().get(1).centroid()).containsEntry("Age", 40.0).containsEntry("Income", 30_000.0);
        assertThat(fit.clusters()).extracting(ClusterProfile::name).containsExactly("High Age & High Income", "Low Income");
    }

    @Test
    void everyProblemIsListed() {
        ModelImport broken = new ModelImport(null, List.of("a", "b"),
                new ScalerParameters(List.of(1.0, 2.0), List.of(1.0, -1.0)), List.of(List.of(1.0), List.of(1.0, Double.NaN)),
                null);
        assertThatIllegalArgumentException().isThrownBy(() -> ModelImporter.fit(broken, Optional::empty, RfmSegmentTable.DEFAULT))
                .withMessageContaining("scaler feature 1 needs a finite mean and a finite scale > 0")
                .withMessageContaining("cluster_centers[0] needs 2 finite values")
                .withMessageContaining("cluster_centers[1] needs 2 finite values");
    }
}
