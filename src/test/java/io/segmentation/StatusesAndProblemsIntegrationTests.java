package io.segmentation;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.FileSystemResource;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.util.LinkedMultiValueMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15 item 3 over real HTTP on the Online Retail sample: the caller's mistakes are 4xx problems that name the
 * mistake (an unknown model name, segment or query parameter), and the errors Tomcat answers itself, an unreadable
 * body and a body-less upload are problem documents whose detail fits the endpoint.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"test.store=statuses", "segmentation.rate-limit.enabled=false"})
@AutoConfigureRestTestClient
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StatusesAndProblemsIntegrationTests {

    private static final String NOT_FOUND = "urn:segmentation:problem:not-found";

    @Autowired
    RestTestClient http;

    @LocalServerPort
    int port;

    @BeforeAll
    void uploadTheSample() {
        var form = new LinkedMultiValueMap<String, Object>();
        form.add("file", new FileSystemResource(SharedData.file("online_retail_sample_30k.csv")));
        http.post().uri("/uploads").contentType(MediaType.MULTIPART_FORM_DATA).body(form).exchange()
                .expectStatus().isCreated();
    }

    @Test
    void anUnknownModelNameIs404ListingTheNamesAndAKnownNameWithoutAnActiveVersionIs503() {
        JsonNode unknown = predict("/predict?model=nothing-here", 404);
        assertThat(unknown.get("type").asString()).isEqualTo(NOT_FOUND);
        assertThat(unknown.get("detail").asString()).contains("nothing-here", "default", "GET /models");
        assertThat(unknown.get("knownModels").toString()).contains("default");

        http.post().uri("/models").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("k", 3, "name", "dormant", "activate", false)).exchange().expectStatus().is2xxSuccessful();
        JsonNode inactive = predict("/predict?model=dormant", 503);
        assertThat(inactive.get("type").asString()).isEqualTo("urn:segmentation:problem:no-active-model");
        assertThat(inactive.get("detail").asString()).contains("dormant", "activate");
        predict("/predict", 200);
    }

    @Test
    void anUnknownSegmentIs404OnEveryEndpointThatTakesOne() {
        for (String path : new String[] {"/customers?segment=champs", "/customers/export?format=seed-json&segment=champs"}) {
            JsonNode problem = get(path, MediaType.APPLICATION_JSON, 404);
            assertThat(problem.get("type").asString()).as(path).isEqualTo(NOT_FOUND);
            assertThat(problem.get("detail").asString()).as(path).contains("'champs'", "GET /segments");
        }
        http.get().uri("/customers?segment=champs").accept(MediaType.parseMediaType("text/csv")).exchange()
                .expectStatus().isNotFound();
        assertThat(get("/segment/champs", MediaType.APPLICATION_JSON, 404).get("type").asString()).isEqualTo(NOT_FOUND);
        assertThat(get("/customers?segment=champions&size=1", MediaType.APPLICATION_JSON, 200)
                .get("totalElements").asLong()).isPositive();
    }

    @Test
    void anUnknownQueryParameterIs400NamingItAndTheKnownOnes() {
        JsonNode typo = get("/customers?segmnt=champions&size=5", MediaType.APPLICATION_JSON, 400);
        assertThat(typo.get("type").asString()).isEqualTo("urn:segmentation:problem:unknown-parameter");
        assertThat(typo.get("detail").asString()).contains("GET /customers", "'segmnt'", "segment");
        assertThat(typo.get("unknownParameters").toString()).isEqualTo("[\"segmnt\"]");
        assertThat(get("/segments?schema=rfm", MediaType.APPLICATION_JSON, 400).get("detail").asString())
                .contains("'schema'", "scheme");
        assertThat(get("/health?verbose=true", MediaType.APPLICATION_JSON, 400).get("detail").asString())
                .contains("takes none");
        get("/segments?scheme=rfm", MediaType.APPLICATION_JSON, 200);
    }

    @Test
    void aPathTomcatRejectsIsAProblemDocumentNotAnHtmlPage() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/segment/%2e%2e%2f%2e%2e%2fetc")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json;charset=UTF-8");
        JsonNode problem = JsonMapper.builder().build().readTree(response.body());
        assertThat(problem.get("type").asString()).isEqualTo("urn:segmentation:problem:bad-request");
        assertThat(problem.get("status").asInt()).isEqualTo(400);
        assertThat(problem.get("detail").asString()).contains("encoded '/'");
        assertThat(response.body()).doesNotContain("<html");
    }

    @Test
    void malformedJsonOnPredictIsToldWhatPredictTakes() {
        JsonNode problem = http.post().uri("/predict").contentType(MediaType.APPLICATION_JSON).body("{\"features\": ")
                .exchange().expectStatus().isBadRequest().expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(problem.get("type").asString()).isEqualTo("urn:segmentation:problem:unreadable-body");
        assertThat(problem.get("detail").asString()).contains("not well-formed JSON", "POST /predict", "recencyDays")
                .doesNotContain("asOf");
        JsonNode runs = http.post().uri("/runs").contentType(MediaType.APPLICATION_JSON).body("[1]")
                .exchange().expectStatus().isBadRequest().expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(runs.get("detail").asString()).contains("POST /runs", "asOf");
    }

    @Test
    void anEmptyUploadIsToldToSendMultipartFormDataWithAFilePart() {
        JsonNode problem = http.post().uri("/uploads").exchange().expectStatus().isEqualTo(415)
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(problem.get("type").asString()).isEqualTo("urn:segmentation:problem:unsupported-media-type");
        assertThat(problem.get("detail").asString()).contains("multipart/form-data", "'file'", "has no Content-Type")
                .doesNotContain("'null'");
    }

    private JsonNode predict(String uri, int status) {
        return http.post().uri(uri).contentType(MediaType.APPLICATION_JSON).body(Map.of("customerId", "12347"))
                .exchange().expectStatus().isEqualTo(status).expectBody(JsonNode.class).returnResult().getResponseBody();
    }

    private JsonNode get(String uri, MediaType accept, int status) {
        return http.get().uri(uri).accept(accept).exchange().expectStatus().isEqualTo(status)
                .expectBody(JsonNode.class).returnResult().getResponseBody();
    }
}
