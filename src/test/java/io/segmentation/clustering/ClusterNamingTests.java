package io.segmentation.clustering;

import java.util.List;
import java.util.Map;

import io.segmentation.models.ModelService;
import io.segmentation.rfm.RfmEdges;
import io.segmentation.rfm.RfmSegmentTable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ClusterNamingTests {

    private static final List<ModelFeature> RFM = ModelService.RFM_FEATURES.stream().map(ModelFeature::parse).toList();

    /** 100 customers: recency 1..100 days, frequency 1..100 orders, monetary 10..1000. */
    private static RfmEdges edges() {
        double[] r = new double[100];
        double[] f = new double[100];
        double[] m = new double[100];
        for (int i = 0; i < 100; i++) {
            r[i] = i + 1;
            f[i] = i + 1;
            m[i] = 10 * (i + 1);
        }
        return RfmEdges.of(r, f, m);
    }

    @Test
    void anRfmClusterIsNamedAfterTheRfmSegmentItsCentroidFallsIn() {
        List<Map<String, Double>> centroids = List.of(
                Map.of("recencyDays", 3.0, "frequency", 95.0, "monetary", 990.0),
                Map.of("recencyDays", 97.0, "frequency", 90.0, "monetary", 950.0),
                Map.of("recencyDays", 95.0, "frequency", 2.0, "monetary", 15.0));
        List<ClusterNaming.Name> names = ClusterNaming.names(RFM, new double[3][3], centroids, edges(), RfmSegmentTable.DEFAULT);
        assertThat(names).extracting(ClusterNaming.Name::name)
                .containsExactly("Champions", "Cannot Lose Them", "Lost");
        assertThat(names).extracting(ClusterNaming.Name::archetype)
                .containsExactly("champions", "cannot-lose-them", "lost");
    }

    @Test
    void repeatedNamesAreToldApartInWordsNeverByANumber() {
        Map<String, Double> champion = Map.of("recencyDays", 2.0, "frequency", 99.0, "monetary", 999.0);
        List<ClusterNaming.Name> names = ClusterNaming.names(RFM, new double[2][3], List.of(champion, champion), edges(), RfmSegmentTable.DEFAULT);
        // equal centroids: told apart by rank
        assertThat(names).extracting(ClusterNaming.Name::name).containsExactly("Champions (Top)", "Champions (Bottom)");
    }

    @Test
    void twoChampionClustersAreNamedByWhatSetsThemApart() {
        Map<String, Double> champion = Map.of("recencyDays", 2.0, "frequency", 99.0, "monetary", 999.0);
        // scaled: the first spends far more, the second buys more often
        double[][] scaled = { { -1.0, 1.0, 2.5 }, { -1.0, 1.6, 1.0 } };
        List<ClusterNaming.Name> names = ClusterNaming.names(RFM, scaled, List.of(champion, champion), edges(), RfmSegmentTable.DEFAULT);
        assertThat(names).extracting(ClusterNaming.Name::name)
                .containsExactly("Champions (Big-Spending)", "Champions (Low-Spending)");
        assertThat(names).extracting(ClusterNaming.Name::archetype).containsOnly("champions");
    }

    @Test
    void namesAreUniqueAndNeverEndInADigitOnTheOnlineRetailSample() {
        double[][] raw = RetailSample.rfm(io.segmentation.SharedData.file("online_retail_sample_30k.csv"));
        double[][] scaled = RetailSample.scaledLog1p(raw);
        for (int k = 2; k <= 10; k++) {
            KMeansSolution s = new KMeansTrainer().train(scaled, KMeansOptions.of(k, 42));
            List<Map<String, Double>> centroids = new java.util.ArrayList<>();
            for (int c = 0; c < k; c++) {
                double[] sum = new double[3];
                int size = 0;
                for (int i = 0; i < raw.length; i++) {
                    if (s.labels()[i] == c) {
                        size++;
                        for (int f = 0; f < 3; f++) {
                            sum[f] += Math.log1p(raw[i][f]);
                        }
                    }
                }
                centroids.add(Map.of("recencyDays", Math.expm1(sum[0] / size), "frequency", Math.expm1(sum[1] / size),
                        "monetary", Math.expm1(sum[2] / size)));
            }
            List<String> names = ClusterNaming.names(RFM, s.centroids(), centroids, edges(), RfmSegmentTable.DEFAULT)
                    .stream().map(ClusterNaming.Name::name).toList();
            assertThat(names).as("k = %d", k).doesNotHaveDuplicates().noneMatch(n -> n.matches(".*\\d$"));
        }
    }

    @Test
    void otherModelsAreNamedByTheirTwoMostNotableFeatures() {
        List<ModelFeature> features = List.of(ModelFeature.parse("Age"), ModelFeature.parse("Income"),
                ModelFeature.parse("Recency"));
        double[][] scaled = {{0.1, 1.8, -0.7}, {0.2, -0.3, 0.4}, {-0.6, 0.0, 0.0}};
        List<ClusterNaming.Name> names = ClusterNaming.names(features, scaled, List.of(Map.of(), Map.of(), Map.of()), null, RfmSegmentTable.DEFAULT);
        assertThat(names).extracting(ClusterNaming.Name::name)
                .containsExactly("High Income & Low Recency", "Average", "Low Age");
        assertThat(names.get(0).archetype()).isNull();
    }

    @Test
    void withoutScoreEdgesRfmClustersFallBackToTheFeatureRule() {
        double[][] scaled = {{-1.0, 1.2, 1.5}};
        List<ClusterNaming.Name> names = ClusterNaming.names(RFM, scaled,
                List.of(Map.of("recencyDays", 3.0, "frequency", 9.0, "monetary", 900.0)), null, RfmSegmentTable.DEFAULT);
        assertThat(names.get(0).name()).isEqualTo("High monetary & High frequency");
    }
}
