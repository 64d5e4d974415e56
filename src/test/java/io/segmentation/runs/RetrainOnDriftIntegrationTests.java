package io.segmentation.runs;

import java.nio.file.Path;

import io.segmentation.SharedData;
import org.junit.jupiter.api.Test;
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

/**
 * With {@code segmentation.models.retrain-on-drift=true}, a run whose customers' recency drifted (the same orders a
 * year later) retrains the default model, and its drift block names the drifted model.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"test.store=retrain-on-drift", "segmentation.models.retrain-on-drift=true"})
@AutoConfigureRestTestClient
@ActiveProfiles("test")
class RetrainOnDriftIntegrationTests {

    @Autowired
    RestTestClient http;

    @Test
    void aDriftedRunRetrainsTheDefaultModel() {
        Path file = SharedData.file("online_retail_sample_30k.csv");
        var form = new LinkedMultiValueMap<String, Object>();
        form.add("file", new FileSystemResource(file));
        http.post().uri("/uploads").contentType(MediaType.MULTIPART_FORM_DATA).body(form).exchange()
                .expectStatus().isCreated();
        int first = health().get("model").asInt();

        JsonNode same = json(http.post().uri("/runs?force=true").exchange().expectStatus().isCreated());
        assertThat(same.get("drift").get("retrained").asBoolean()).isFalse();
        assertThat(same.get("drift").get("maxPsi").asDouble()).isLessThan(0.25);
        assertThat(same.get("drift").get("adjustedRandIndex").asDouble()).isEqualTo(1.0);
        assertThat(health().get("model").asInt()).isEqualTo(first);

        JsonNode later = json(http.post().uri("/runs?force=true&asOf=2012-12-09").exchange().expectStatus().isCreated());
        JsonNode drift = later.get("drift");
        int second = health().get("model").asInt();

        assertThat(drift.get("drifted").asBoolean()).isTrue();
        assertThat(drift.get("features").get(0).get("input").asString()).isEqualTo("recencyDays");
        assertThat(drift.get("features").get(0).get("psi").asDouble()).isGreaterThan(0.25);
        assertThat(drift.get("retrained").asBoolean()).isTrue();
        assertThat(drift.get("psiModel").asInt()).isEqualTo(first);
        assertThat(second).isGreaterThan(first);
        assertThat(drift.get("model").asInt()).isEqualTo(second);
        assertThat(health().get("warnings").get(0).asString()).contains("recencyDays").contains("retrained");
        assertThat(health().get("status").asString()).isEqualTo("UP");
    }

    private JsonNode health() {
        return json(http.get().uri("/health").exchange().expectStatus().isOk());
    }

    private static JsonNode json(RestTestClient.ResponseSpec response) {
        return response.expectBody(JsonNode.class).returnResult().getResponseBody();
    }
}
