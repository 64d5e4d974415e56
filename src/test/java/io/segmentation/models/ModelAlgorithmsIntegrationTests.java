package io.segmentation.models;

import java.nio.file.Path;
import java.util.Map;

import io.segmentation.SharedData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.FileSystemResource;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.util.LinkedMultiValueMap;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** POST /models with each algorithm on the Online Retail sample, the export's parameters and /predict's confidence. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "test.store=model-algorithms")
@AutoConfigureRestTestClient
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ModelAlgorithmsIntegrationTests {

    @Autowired
    RestTestClient http;

    @BeforeAll
    void uploadTheOnlineRetailSample() {
        Path file = SharedData.file("online_retail_sample_30k.csv");
        var form = new LinkedMultiValueMap<String, Object>();
        form.add("file", new FileSystemResource(file));
        http.post().uri("/uploads").contentType(MediaType.MULTIPART_FORM_DATA).body(form).exchange()
                .expectStatus().isCreated();
    }

    @Test
    void theDefaultModelChoosesKAtTheElbowAndConverges() {
        JsonNode model = train(Map.of("name", "elbow", "activate", false));

        assertThat(model.get("algorithm").asString()).isEqualTo("kmeans");
        assertThat(model.get("k").asInt()).isEqualTo(5);
        assertThat(model.get("training").get("kSelection").asString()).isEqualTo("elbow");
        assertThat(model.get("training").get("converged").asBoolean()).isTrue();
    }

    @Test
    void theMarketingCampaignFileGetsFiveClustersAtTheElbow() {
        var form = new LinkedMultiValueMap<String, Object>();
        form.add("file", new FileSystemResource(SharedData.file("marketing_campaign.csv")));
        form.add("name", "marketing-elbow");
        form.add("activate", "false");
        JsonNode model = json(http.post().uri("/models").contentType(MediaType.MULTIPART_FORM_DATA).body(form).exchange(), 201);

        assertThat(model.get("training").get("usedRows").asLong()).isEqualTo(2_216);
        assertThat(model.get("training").get("kSelection").asString()).isEqualTo("elbow");
        assertThat(model.get("k").asInt()).isEqualTo(5);
    }

    @Test
    void gmmExportsWeightsMeansAndCovariancesAndPredictsItsPosterior() {
        JsonNode model = train(Map.of("algorithm", "gmm", "k", 4, "name", "gmm"));
        JsonNode export = json(http.get().uri("/models/" + model.get("version").asInt() + "/export").exchange(), 200);

        JsonNode parameters = export.get("parameters");
        assertThat(export.get("algorithm").asString()).isEqualTo("gmm");
        assertThat(parameters.get("weights").size()).isEqualTo(4);
        assertThat(parameters.get("means").size()).isEqualTo(4);
        assertThat(parameters.get("covariances").get(0).size()).isEqualTo(3);
        assertThat(export.get("clusters").get(0).get("size").asLong()).isPositive();
        JsonNode prediction = predict("gmm");
        assertThat(prediction.get("model").asString()).isEqualTo("gmm");
        assertThat(prediction.get("modelVersion").asInt()).isEqualTo(model.get("version").asInt());
        assertThat(prediction.get("confidence").asDouble()).isBetween(0.25, 1.0);
    }

    @Test
    void dbscanEstimatesEpsAndNamesItsNoise() {
        JsonNode model = train(Map.of("algorithm", "dbscan", "minSamples", 10, "name", "dbscan"));

        JsonNode parameters = model.get("parameters");
        assertThat(parameters.get("eps").asDouble()).isPositive();
        assertThat(parameters.get("epsEstimated").asBoolean()).isTrue();
        assertThat(parameters.get("minSamples").asInt()).isEqualTo(10);
        JsonNode clusters = model.get("clusters");
        assertThat(clusters.get(clusters.size() - 1).get("id").asString()).isEqualTo("noise");
        JsonNode far = json(http.post().uri("/predict?model=dbscan").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("features", Map.of("recencyDays", 5000, "frequency", 900, "monetary", 1))).exchange(), 200);
        assertThat(far.get("clusterId").asString()).isEqualTo("noise");
        assertThat(far.get("confidence").asDouble()).isZero();
    }

    @Test
    void wardCutsItsTreeAtKAndPredictsTheNearestCentroidWithAMargin() {
        JsonNode model = train(Map.of("algorithm", "ward", "k", 4, "name", "ward"));

        assertThat(model.get("k").asInt()).isEqualTo(4);
        assertThat(model.get("parameters").get("sampleLimit").asInt()).isEqualTo(20_000);
        long sizes = 0;
        for (JsonNode c : model.get("clusters")) {
            sizes += c.get("size").asLong();
        }
        assertThat(sizes).isEqualTo(model.get("training").get("usedRows").asLong());
        assertThat(predict("ward").get("confidence").asDouble()).isBetween(0.0, 1.0);

        JsonNode dendrogram = model.get("parameters").get("dendrogram");
        assertThat(dendrogram.get("merges").size()).isEqualTo(30);
        assertThat(dendrogram.get("leafSizes").size()).isEqualTo(31);
        long leaves = 0;
        java.util.Set<Integer> clusters = new java.util.HashSet<>();
        for (int i = 0; i < 31; i++) {
            leaves += dendrogram.get("leafSizes").get(i).asLong();
            clusters.add(dendrogram.get("leafClusters").get(i).asInt());
        }
        assertThat(leaves).isEqualTo(model.get("parameters").get("sampleSize").asLong());
        assertThat(clusters).containsExactlyInAnyOrder(0, 1, 2, 3); // the last 3 merges join the 4 clusters
        for (int j = 1; j < 30; j++) {
            assertThat(dendrogram.get("heights").get(j).asDouble())
                    .isGreaterThanOrEqualTo(dendrogram.get("heights").get(j - 1).asDouble());
        }
    }

    @Test
    void anUnknownAlgorithmIsABadRequestThatNamesTheChoices() {
        JsonNode problem = json(http.post().uri("/models").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("algorithm", "spectral")).exchange(), 400);

        assertThat(problem.get("detail").asString()).contains("kmeans, gmm, dbscan or ward");
    }

    private JsonNode predict(String model) {
        return json(http.post().uri("/predict?model=" + model).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("features", Map.of("recencyDays", 12, "frequency", 5, "monetary", 830.5))).exchange(), 200);
    }

    private JsonNode train(Map<String, Object> request) {
        return json(http.post().uri("/models").contentType(MediaType.APPLICATION_JSON).body(request).exchange(), 201);
    }

    private static JsonNode json(RestTestClient.ResponseSpec response, int status) {
        return response.expectStatus().isEqualTo(status).expectBody(JsonNode.class).returnResult().getResponseBody();
    }
}
