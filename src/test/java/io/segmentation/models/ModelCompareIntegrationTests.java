package io.segmentation.models;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/** POST /models/compare on the Online Retail sample: a row per algorithm, and a row saved as a model reproduces it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "test.store=model-compare")
@AutoConfigureRestTestClient
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ModelCompareIntegrationTests {

    @Autowired
    RestTestClient http;

    private JsonNode comparison;

    @BeforeAll
    void uploadAndCompare() {
        Path file = SharedData.file("online_retail_sample_30k.csv");
        var form = new LinkedMultiValueMap<String, Object>();
        form.add("file", new FileSystemResource(file));
        http.post().uri("/uploads").contentType(MediaType.MULTIPART_FORM_DATA).body(form).exchange()
                .expectStatus().isCreated();
        comparison = json(http.post().uri("/models/compare").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of()).exchange().expectStatus().isOk());
        for (JsonNode row : comparison.get("rows")) {
            System.out.printf("compare %-6s k=%s silhouette=%s CH=%s DB=%s sizes=%s noise=%s %d ms %s%n",
                    row.get("algorithm").asString(), row.path("k"), row.path("silhouette"),
                    row.path("calinskiHarabasz"), row.path("daviesBouldin"), row.get("clusterSizes"),
                    row.path("noiseShare"), row.get("trainingMillis").asLong(), row.path("error"));
        }
    }

    @Test
    void everyAlgorithmHasARowOnTheSameCustomers() {
        List<String> algorithms = new ArrayList<>();
        comparison.get("rows").forEach(r -> algorithms.add(r.get("algorithm").asString()));

        assertThat(algorithms).containsExactly("kmeans", "gmm", "dbscan", "ward");
        assertThat(comparison.get("customers").asLong()).isEqualTo(3_546);
        for (JsonNode row : comparison.get("rows")) {
            long sizes = 0;
            for (JsonNode size : row.get("clusterSizes")) {
                sizes += size.asLong();
            }
            assertThat(sizes).as(row.get("algorithm").asString()).isEqualTo(3_546);
            assertThat(row.get("silhouette").asDouble()).isBetween(-1.0, 1.0);
            assertThat(row.get("daviesBouldin").asDouble()).isPositive();
            assertThat(row.get("trainingMillis").asLong()).isNotNegative();
        }
    }

    @Test
    void kmeansPicksTheElbowAndOnlyDbscanHasNoise() {
        JsonNode kmeans = row("kmeans");

        assertThat(kmeans.get("k").asInt()).isEqualTo(5);
        assertThat(kmeans.get("kSelection").asString()).isEqualTo("elbow");
        assertThat(kmeans.get("noiseShare").asDouble()).isZero();
        assertThat(row("ward").get("noiseShare").asDouble()).isZero();
        assertThat(row("dbscan").has("kSelection")).isFalse();
    }

    @Test
    void aRowsRequestSavesItAsAModelVersionWithTheSameMetrics() {
        JsonNode row = row("gmm");
        ObjectNode request = (ObjectNode) row.get("request");
        request.put("name", "compared-gmm");

        JsonNode model = json(http.post().uri("/models").contentType(MediaType.APPLICATION_JSON).body(request)
                .exchange().expectStatus().isCreated());
        JsonNode chosen = null;
        for (JsonNode m : model.get("metrics")) {
            chosen = m.get("chosen").asBoolean() ? m : chosen;
        }

        assertThat(model.get("algorithm").asString()).isEqualTo("gmm");
        assertThat(model.get("active").asBoolean()).isFalse();
        assertThat(model.get("k").asInt()).isEqualTo(row.get("k").asInt());
        assertThat(chosen.get("silhouette").asDouble()).isEqualTo(row.get("silhouette").asDouble());
        assertThat(model.get("clusters").get(0).get("size").asLong()).isEqualTo(row.get("clusterSizes").get(0).asLong());
    }

    @Test
    void anUnknownAlgorithmIsABadRequest() {
        http.post().uri("/models/compare").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("algorithms", List.of("kmeans", "spectral"))).exchange().expectStatus().isBadRequest();
    }

    private JsonNode row(String algorithm) {
        for (JsonNode row : comparison.get("rows")) {
            if (row.get("algorithm").asString().equals(algorithm)) {
                return row;
            }
        }
        throw new AssertionError("no row " + algorithm);
    }

    private static JsonNode json(RestTestClient.ResponseSpec response) {
        return response.expectBody(JsonNode.class).returnResult().getResponseBody();
    }
}
