package io.segmentation.purchases;

import java.util.List;
import java.util.Map;

import io.segmentation.runs.Run;
import io.segmentation.runs.RunStatus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/** A source on a MongoDB that cannot be reached fails the run with a 503 problem and a FAILED run record. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "test.store=source-unavailable", "segmentation.sources[0].name=crm",
        "segmentation.sources[0].uri=mongodb://127.0.0.1:1/shop?serverSelectionTimeoutMS=300&connectTimeoutMS=300",
        "segmentation.sources[0].collection=orders"})
@AutoConfigureRestTestClient
@ActiveProfiles("test")
class SourceUnavailableIntegrationTests {

    @Autowired
    RestTestClient http;

    @Test
    void anUnreachableSourceFailsTheRunWith503AndTheRunRecordSaysWhy() {
        http.post().uri("/runs").contentType(MediaType.APPLICATION_JSON).body("{}").exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody(Map.class).value(p -> {
                    assertThat(p.get("type")).isEqualTo("urn:segmentation:problem:source-unavailable");
                    assertThat(p.get("source")).isEqualTo("crm");
                });

        List<Run> runs = http.get().uri("/runs").exchange().expectStatus().isOk()
                .expectBody(new ParameterizedTypeReference<io.segmentation.web.ListPage<Run>>() { }).returnResult()
                .getResponseBody().content();
        assertThat(runs.get(0).status()).isEqualTo(RunStatus.FAILED);
        assertThat(runs.get(0).error()).contains("crm");
        assertThat(runs.get(0).inputs()).extracting(PurchaseInput::kind).containsExactly("uploads");
    }
}
