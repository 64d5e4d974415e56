package io.segmentation.models;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.util.LinkedMultiValueMap;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** With {@code segmentation.models.retrain-on-run=true} every run trains, activates and uses a new default model. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"test.store=retrain-on-run", "segmentation.models.retrain-on-run=true"})
@AutoConfigureRestTestClient
@ActiveProfiles("test")
class RetrainOnRunIntegrationTests {

    @Autowired
    RestTestClient http;

    @Test
    void everyRunTrainsAndUsesANewDefaultModel() {
        var form = new LinkedMultiValueMap<String, Object>();
        form.add("file", new ByteArrayResource(PurchaseFiles.retail(90)) {
            @Override
            public String getFilename() {
                return "retrain.csv";
            }
        });
        http.post().uri("/uploads").contentType(MediaType.MULTIPART_FORM_DATA).body(form).exchange()
                .expectStatus().isCreated();
        int first = health().get("model").asInt();
        http.post().uri("/runs?force=true").exchange().expectStatus().isCreated();
        int second = health().get("model").asInt();

        assertThat(second).isGreaterThan(first);
        JsonNode clusters = http.get().uri("/segments?scheme=cluster").exchange().expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody().get("segments");
        assertThat(clusters.get(0).get("rule").asString()).isEqualTo("nearest centroid of model " + second);
    }

    private JsonNode health() {
        return http.get().uri("/health").exchange().expectStatus().isOk().expectBody(JsonNode.class).returnResult()
                .getResponseBody();
    }
}
