package io.segmentation.models;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

import io.segmentation.clustering.ScalerKind;
import io.segmentation.rfm.RfmEdges;
import io.segmentation.rfm.RfmSegmentTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Preprocessing through training and serving (pure): log1p per input, scalers, PCA, one-hot, imputation, naming. */
class ModelPreprocessingTests {

    @TempDir
    Path dir;

    private static final TrainingOptions K3 = new TrainingOptions(3, 3, 42, 5, 300, 0);

    /** Three groups of R, F, M customers: lapsed small spenders, regulars, recent big spenders. */
    private static double[][] customers() {
        SplittableRandom random = new SplittableRandom(5);
        double[][] rows = new double[300][];
        for (int i = 0; i < rows.length; i++) {
            int group = i % 3;
            rows[i] = new double[] {new double[] {200, 40, 5}[group] * (0.7 + 0.6 * random.nextDouble()),
                    new double[] {1, 4, 15}[group] + random.nextInt(2),
                    new double[] {50, 400, 5_000}[group] * (0.7 + 0.6 * random.nextDouble())};
        }
        return rows;
    }

    private static double[] monetary(double[][] rows) {
        return Arrays.stream(rows).mapToDouble(r -> r[2]).toArray();
    }

    private static RfmEdges edges(double[][] rows) {
        return RfmEdges.of(Arrays.stream(rows).mapToDouble(r -> r[0]).toArray(),
                Arrays.stream(rows).mapToDouble(r -> r[1]).toArray(), monetary(rows));
    }

    private static ServingModel serving(List<String> features, ModelTraining.Fit fit) {
        List<List<Double>> centroids = new ArrayList<>();
        for (double[] c : fit.centroids()) {
            centroids.add(ScalerParameters.boxed(c));
        }
        return new ServingModel(new ClusterModel(1, "m", Instant.EPOCH, features, ScalerParameters.of(fit.scaler()),
                centroids, fit.k(), 42L, fit.metrics(), fit.clusters(), null, null,
                new TrainingSummary("run", null, 300, 300, Map.of(), null), fit.algorithm(), fit.parameters(),
                fit.distributions(), PreprocessingParameters.of(fit.preprocessing(), null, null, null)));
    }

    @Test
    void robustScalingWithTwoComponentsFindsTheGroupsAndServesTheTrainingLabels() {
        double[][] rows = customers();
        List<String> features = PreprocessingOptions.parse(null, "robust", 2, null)
                .featureNames(ModelService.RFM_INPUTS, true);

        ModelTraining.Fit fit = ModelTraining.fit(features, rows, K3, monetary(rows), null, RfmSegmentTable.DEFAULT,
                ScalerKind.ROBUST, 2);
        ServingModel model = serving(features, fit);

        assertThat(fit.centroids()[0]).hasSize(2);
        assertThat(fit.preprocessing().pca().explainedVarianceTotal()).isBetween(0.9, 1.0);
        assertThat(fit.clusters()).extracting(ClusterProfile::size).containsExactly(100L, 100L, 100L);
        // why: ids still follow the centroid's monetary value, read back through the PCA
        assertThat(fit.clusters().get(0).centroid().get("monetary")).isGreaterThan(2_000.0);
        assertThat(fit.clusters().get(2).centroid().get("monetary")).isLessThan(100.0);
        for (int i = 0; i < rows.length; i++) {
            assertThat(model.assign(rows[i]).index()).isEqualTo(fit.labels()[i]);
        }
    }

    @Test
    void aModelStoredWithoutPreprocessingServesAsOneWithTodaysDefaults() {
        double[][] rows = customers();
        ModelTraining.Fit fit = ModelTraining.fit(ModelService.RFM_FEATURES, rows, K3, monetary(rows), null,
                RfmSegmentTable.DEFAULT);
        ServingModel recorded = serving(ModelService.RFM_FEATURES, fit);
        ClusterModel stored = recorded.model();
        ServingModel old = new ServingModel(new ClusterModel(stored.version(), stored.name(), stored.createdAt(),
                stored.featureNames(), stored.scaler(), stored.centroids(), stored.k(), stored.seed(), stored.metrics(),
                stored.clusters(), null, null, stored.training(), null, null, null));

        assertThat(stored.preprocessing().scaler()).isEqualTo("standard");
        assertThat(stored.preprocessing().log1p()).isEqualTo(ModelService.RFM_INPUTS);
        assertThat(old.model().preprocessing()).isNull();
        for (double[] row : rows) {
            assertThat(old.assign(row)).isEqualTo(recorded.assign(row));
        }
    }

    @Test
    void log1pCanBeSwitchedOffPerInput() {
        List<String> features = PreprocessingOptions.parse(List.of("monetary"), null, null, null)
                .featureNames(ModelService.RFM_INPUTS, true);

        assertThat(features).containsExactly("recencyDays", "frequency", "log1p(monetary)");
        assertThat(PreprocessingOptions.parse(List.of(), null, null, null).featureNames(ModelService.RFM_INPUTS, true))
                .containsExactly("recencyDays", "frequency", "monetary");
        assertThat(PreprocessingOptions.DEFAULT.featureNames(ModelService.RFM_INPUTS, true))
                .isEqualTo(ModelService.RFM_FEATURES);
    }

    @Test
    void minMaxWithoutLog1pProfilesCentroidsInInputUnits() {
        double[][] rows = customers();
        List<String> features = List.of("recencyDays", "frequency", "monetary");

        ModelTraining.Fit fit = ModelTraining.fit(features, rows, K3, monetary(rows), null, RfmSegmentTable.DEFAULT,
                ScalerKind.MIN_MAX, null);

        assertThat(fit.clusters()).extracting(ClusterProfile::size).containsExactly(100L, 100L, 100L);
        for (double[] centroid : fit.centroids()) {
            for (double v : centroid) {
                assertThat(v).isBetween(0.0, 1.0);
            }
        }
        // no log1p: the centroid is the arithmetic mean of the group, about 5,000 for the big spenders
        assertThat(fit.clusters().get(0).centroid().get("monetary")).isBetween(4_500.0, 5_500.0);
    }

    @Test
    void badValuesNameTheFieldAndItsAllowedValues() {
        assertThatThrownBy(() -> PreprocessingOptions.parse(null, "zscore", null, null))
                .isInstanceOfSatisfying(InvalidPreprocessingException.class, e -> assertThat(e.properties())
                        .containsEntry("field", "scaler").containsEntry("allowed", List.of("standard", "min-max", "robust")));
        assertThatThrownBy(() -> PreprocessingOptions.parse(null, null, null, "zero"))
                .isInstanceOfSatisfying(InvalidPreprocessingException.class, e -> assertThat(e.properties())
                        .containsEntry("field", "missingValues"));
        assertThatThrownBy(() -> PreprocessingOptions.parse(List.of("income"), null, null, null)
                .featureNames(ModelService.RFM_INPUTS, true))
                .isInstanceOfSatisfying(InvalidPreprocessingException.class, e -> assertThat(e.properties())
                        .containsEntry("field", "log1p").containsEntry("allowed", ModelService.RFM_INPUTS));
        assertThatThrownBy(() -> PreprocessingOptions.parse(null, null, 4, null).featureNames(ModelService.RFM_INPUTS, true))
                .isInstanceOfSatisfying(InvalidPreprocessingException.class, e -> assertThat(e.getMessage())
                        .isEqualTo("pca must be one of 1, 2, 3; was '4'."));
    }

    @Test
    void rfmProfilesGiveTheirMembersMajoritySegmentAndWhetherTheNameAgrees() {
        double[][] rows = customers();

        ModelTraining.Fit fit = ModelTraining.fit(ModelService.RFM_FEATURES, rows, K3, monetary(rows), edges(rows),
                RfmSegmentTable.DEFAULT);

        for (ClusterProfile c : fit.clusters()) {
            assertThat(c.rfmSegment()).isNotNull();
            assertThat(c.rfmSegmentShare()).isBetween(0.0, 1.0);
            assertThat(c.nameAgreement()).isEqualTo(c.rfmSegment().equals(c.archetype()));
            if (!c.nameAgreement() || c.rfmSegmentShare() <= 0.5) {
                assertThat(c.nameNote()).isNotBlank();
            }
        }
        assertThat(fit.clusters()).extracting(ClusterProfile::name).doesNotHaveDuplicates()
                .noneMatch(name -> name.matches(".*\\d.*"));
        // the recent big spenders: every member scores 5 on R, F, M-ish and is a Champion, as the centroid is
        assertThat(fit.clusters().get(0).rfmSegment()).isEqualTo("champions");
        assertThat(fit.clusters().get(0).nameAgreement()).isTrue();
    }

    @Test
    void aNameThatDiffersFromMostMembersSegmentSaysWhy() {
        ClusterProfile plain = new ClusterProfile("cluster-1", "Loyal Customers", "loyal-customers", "Centroid: ...",
                Map.of(), 10L, 0.5, null, null);

        ClusterProfile agreed = NameAgreement.of(plain, "loyal-customers",
                Map.of("champions", 6L, "loyal-customers", 4L), 10, RfmSegmentTable.DEFAULT);

        assertThat(agreed.rfmSegment()).isEqualTo("champions");
        assertThat(agreed.rfmSegmentShare()).isEqualTo(0.6);
        assertThat(agreed.nameAgreement()).isFalse();
        assertThat(agreed.nameNote()).contains("Loyal Customers", "60%", "Champions");
        assertThat(NameAgreement.of(plain, "loyal-customers", Map.of("loyal-customers", 9L, "lost", 1L), 10,
                RfmSegmentTable.DEFAULT).nameNote()).isNull();
    }

    @Test
    void importsAreNamedFromTheirCentroidsWhateverRunIsPublished() {
        double[][] rows = customers();
        ModelTraining.Fit trained = ModelTraining.fit(ModelService.RFM_FEATURES, rows, K3, monetary(rows), null,
                RfmSegmentTable.DEFAULT);
        ModelImport request = new ModelImport("imported", ModelService.RFM_FEATURES, ScalerParameters.of(trained.scaler()),
                Arrays.stream(trained.centroids()).map(ScalerParameters::boxed).toList(), null);
        double[][] other = {{1, 50, 90_000}, {2, 40, 80_000}, {3, 30, 70_000}, {400, 1, 5}, {300, 1, 6}};

        ModelTraining.Fit withRun = ModelImporter.fit(request,
                () -> Optional.of(new RfmSnapshot("run-1", null, rows, edges(rows))), RfmSegmentTable.DEFAULT);
        ModelTraining.Fit withOtherRun = ModelImporter.fit(request,
                () -> Optional.of(new RfmSnapshot("run-2", null, other, edges(other))), RfmSegmentTable.DEFAULT);
        ModelTraining.Fit withoutRun = ModelImporter.fit(request, Optional::empty, RfmSegmentTable.DEFAULT);

        List<String> names = withoutRun.clusters().stream().map(ClusterProfile::name).toList();
        assertThat(withRun.clusters()).extracting(ClusterProfile::name).isEqualTo(names);
        assertThat(withOtherRun.clusters()).extracting(ClusterProfile::name).isEqualTo(names);
        assertThat(names).doesNotHaveDuplicates();
    }

    @Test
    void categoricalColumnsAreOneHotEncodedAndMissingValuesImputedAndCounted() throws IOException {
        Path csv = dir.resolve("people.csv");
        Files.writeString(csv, "ID,Income,Education,Kids\n1,100,PhD,0\n2,,Basic,1\n3,300,PhD,\n4,400,,2\n5,500,Master,1\n",
                StandardCharsets.UTF_8);
        AttributeTable table = AttributeTable.read(csv, "people.csv");

        AttributeFeatures.Extracted dropped = AttributeFeatures.extract(table, List.of("Income", "Education", "Kids"),
                null, 2030, MissingValues.DROP);
        AttributeFeatures.Extracted median = AttributeFeatures.extract(table, List.of("Income", "Education", "Kids"),
                null, 2030, MissingValues.MEDIAN);
        AttributeFeatures.Extracted mean = AttributeFeatures.extract(table, List.of("Income", "Kids"), null, 2030,
                MissingValues.MEAN);

        assertThat(dropped.features()).containsExactly("Income", "Education=Basic", "Education=Master", "Education=PhD",
                "Kids");
        assertThat(dropped.categories()).containsExactly(Map.entry("Education", List.of("Basic", "Master", "PhD")));
        assertThat(dropped.rows()).hasNumberOfRows(2);
        assertThat(dropped.rows()[0]).containsExactly(100, 0, 0, 1, 0);
        assertThat(dropped.droppedRows()).containsExactly(Map.entry("Income", 1L), Map.entry("Kids", 1L),
                Map.entry("Education", 1L));
        assertThat(dropped.imputedRows()).isEmpty();
        // medians: Income of 100 300 400 500 is 350; Kids of 0 1 2 1 is 1; Education=PhD of 1 0 1 0 is 0.5
        assertThat(median.rows()).hasNumberOfRows(5);
        assertThat(median.rows()[1][0]).isEqualTo(350);
        assertThat(median.rows()[2][4]).isEqualTo(1);
        assertThat(median.rows()[3]).containsExactly(400, 0, 0, 0.5, 2);
        assertThat(median.imputedRows()).containsExactly(Map.entry("Income", 1L), Map.entry("Kids", 1L),
                Map.entry("Education", 1L));
        assertThat(median.imputedValues()).containsEntry("Income", 350.0).containsEntry("Education=PhD", 0.5);
        // means: Income (100 + 300 + 400 + 500) / 4 = 325; Kids (0 + 1 + 2 + 1) / 4 = 1
        assertThat(mean.rows()[1][0]).isEqualTo(325);
        assertThat(mean.imputedValues()).containsExactly(Map.entry("Income", 325.0), Map.entry("Kids", 1.0));
    }
}
