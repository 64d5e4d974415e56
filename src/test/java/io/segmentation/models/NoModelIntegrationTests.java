package io.segmentation.models;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** A fresh service with no data and no model: it is ready, and says how to get a model. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "test.store=no-model")
@AutoConfigureRestTestClient
@ActiveProfiles("test")
class NoModelIntegrationTests {

    @Autowired
    RestTestClient http;

    @Test
    void predictAnswers503SayingHowToTrainAModel() {
        JsonNode problem = http.post().uri("/predict").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("features", Map.of("recencyDays", 1, "frequency", 1, "monetary", 1))).exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(problem.get("type").asString()).isEqualTo("urn:segmentation:problem:no-active-model");
        assertThat(problem.get("detail").asString()).contains("POST /models", "POST /uploads", "POST /models/import");
    }

    @Test
    void trainingBeforeTheFirstRunIs409() {
        JsonNode problem = http.post().uri("/models").contentType(MediaType.APPLICATION_JSON).body(Map.of("k", 3))
                .exchange().expectStatus().isEqualTo(409).expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(problem.get("type").asString()).isEqualTo("urn:segmentation:problem:no-training-data");
    }

    @Test
    void kAndARangeTogetherAre400() {
        http.post().uri("/models").contentType(MediaType.APPLICATION_JSON).body(Map.of("k", 3, "kMin", 2))
                .exchange().expectStatus().isBadRequest();
    }

    @Test
    void theOpenApiDocumentDescribesTheModelAndPredictionEndpoints() {
        String api = http.get().uri("/v3/api-docs").exchange().expectStatus().isOk().expectBody(String.class)
                .returnResult().getResponseBody();
        assertThat(api).contains("\"/predict\"", "\"/models\"", "\"/models/{version}/activate\"", "\"/models/import\"",
                "\"/models/{version}/export\"", "\"/recommendations/{customerId}\"", "scikit-learn");
    }

    @Test
    void theServiceIsReadyWithNoModelAndHealthShowsNone() {
        JsonNode health = http.get().uri("/health").exchange().expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(health.get("model").isNull()).isTrue();
        JsonNode readiness = http.get().uri("/actuator/health/readiness").exchange().expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(readiness.get("status").asString()).isEqualTo("UP");
        assertThat(http.get().uri("/models").exchange().expectStatus().isOk().expectBody(JsonNode.class)
                .returnResult().getResponseBody().get("totalElements").asLong()).isZero();
    }
}
