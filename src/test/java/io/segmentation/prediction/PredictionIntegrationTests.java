package io.segmentation.prediction;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.segmentation.SharedData;
import io.segmentation.segments.CustomerPage;
import io.segmentation.segments.CustomerProfile;
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

/**
 * {@code /predict}, {@code /recommendations} and the cluster segments over real HTTP, on the real Online Retail sample
 * in a store of its own: the run trains the first default model and assigns every customer a cluster. (It sends one
 * request per customer, so the per-client rate limit is off here.)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"test.store=prediction", "segmentation.rate-limit.enabled=false"})
@AutoConfigureRestTestClient
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PredictionIntegrationTests {

    @Autowired
    RestTestClient http;

    List<CustomerProfile> customers;

    @BeforeAll
    void uploadTheRealSample() {
        Path sample = SharedData.file("online_retail_sample_30k.csv");
        var form = new LinkedMultiValueMap<String, Object>();
        form.add("file", new FileSystemResource(sample));
        http.post().uri("/uploads").contentType(MediaType.MULTIPART_FORM_DATA).body(form).exchange()
                .expectStatus().value(status -> assertThat(status).isIn(200, 201));
        customers = new ArrayList<>();
        for (int page = 0; ; page++) {
            CustomerPage p = http.get().uri("/customers?size=1000&page=" + page).exchange().expectStatus().isOk()
                    .expectBody(CustomerPage.class).returnResult().getResponseBody();
            customers.addAll(p.content());
            if (page + 1 >= p.totalPages()) {
                break;
            }
        }
    }

    @Test
    void theRunTrainsTheFirstModelAndAssignsEveryCustomerACluster() {
        assertThat(customers).hasSize(3_546);
        assertThat(customers).allSatisfy(c -> assertThat(c.cluster()).matches("cluster-\\d"));
        JsonNode models = json(http.get().uri("/models"));
        assertThat(models.get("content").size()).isGreaterThanOrEqualTo(1);
        assertThat(models.get("totalElements").asLong()).isEqualTo(models.get("content").size());
        JsonNode health = json(http.get().uri("/health"));
        assertThat(health.get("model").isInt()).isTrue();
    }

    @Test
    void predictionByIdEqualsTheStoredClusterForEveryCustomerAndABatchGivesTheSameAnswers() {
        Map<String, String> stored = new HashMap<>();
        customers.forEach(c -> stored.put(c.customerId(), c.cluster()));
        int version = json(http.get().uri("/health")).get("model").asInt();
        List<Map<String, Object>> instances = new ArrayList<>();
        for (CustomerProfile c : customers) {
            JsonNode single = json(http.post().uri("/predict").contentType(MediaType.APPLICATION_JSON)
                    .body(Map.of("customerId", c.customerId())));
            assertThat(single.get("clusterId").asString()).as(c.customerId()).isEqualTo(c.cluster());
            assertThat(single.get("modelVersion").asInt()).isEqualTo(version);
            instances.add(Map.of("customerId", c.customerId()));
        }
        JsonNode batch = json(http.post().uri("/predict").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("instances", instances)));
        assertThat(batch.get("count").asInt()).isEqualTo(3_546);
        for (JsonNode p : batch.get("predictions")) {
            assertThat(p.get("clusterId").asString()).isEqualTo(stored.get(p.get("customerId").asString()));
        }
    }

    @Test
    void predictionByFeaturesScoresACustomerAsTheRunScoredThem() {
        CustomerProfile c = customers.stream().filter(x -> x.customerId().equals("12347")).findFirst().orElseThrow();
        JsonNode p = json(http.post().uri("/predict").contentType(MediaType.APPLICATION_JSON).body(Map.of("features",
                Map.of("recencyDays", c.recencyDays(), "frequency", c.frequency(), "monetary", c.monetary()))));
        assertThat(p.get("clusterId").asString()).isEqualTo(c.cluster());
        assertThat(p.get("rfmScore").asString()).isEqualTo(c.rfmScore());
        assertThat(p.get("rfmSegment").asString()).isEqualTo(c.rfmSegment());
        assertThat(p.get("distance").asDouble()).isGreaterThanOrEqualTo(0);
        assertThat(p.get("segmentName").asString()).isNotBlank();
    }

    @Test
    void everyBadFieldIsListedInOne400Problem() {
        Map<String, Object> features = new HashMap<>();
        features.put("recencyDays", -3);
        features.put("frequency", "Infinity");
        features.put("colour", "red");
        JsonNode problem = problem(Map.of("features", features), 400);
        assertThat(problem.get("type").asString()).isEqualTo("urn:segmentation:problem:invalid-features");
        List<String> fields = new ArrayList<>();
        problem.get("errors").forEach(e -> fields.add(e.get("field").asString()));
        assertThat(fields).containsExactlyInAnyOrder("features.recencyDays", "features.frequency", "features.monetary",
                "features.colour");
        assertThat(problem.get("detail").asString()).contains("must be >= 0", "must be finite", "is missing",
                "is not a feature");
    }

    @Test
    void aBatchAnswersEachInstanceInOrderWithItsPredictionOrItsOwnProblem() {
        JsonNode batch = json(http.post().uri("/predict").contentType(MediaType.APPLICATION_JSON).body(Map.of(
                "instances", List.of(Map.of("customerId", "12347"), Map.of("customerId", "nobody"),
                        Map.of("features", Map.of("frequency", 1)),
                        Map.of("features", Map.of("recencyDays", 12, "frequency", 5, "monetary", 830.5)),
                        Map.of("customerId", "12347", "features", Map.of("frequency", 1))))));
        assertThat(batch.get("count").asInt()).isEqualTo(5);
        assertThat(batch.get("succeeded").asInt()).isEqualTo(2);
        assertThat(batch.get("failed").asInt()).isEqualTo(3);
        JsonNode results = batch.get("predictions");
        assertThat(results.get(0).get("customerId").asString()).isEqualTo("12347");
        assertThat(results.get(0).get("clusterId").asString()).matches("cluster-\\d");
        JsonNode unknown = results.get(1);
        assertThat(unknown.get("status").asInt()).isEqualTo(404);
        assertThat(unknown.get("type").asString()).isEqualTo("urn:segmentation:problem:not-found");
        assertThat(unknown.get("instance").asInt()).isEqualTo(1);
        assertThat(unknown.get("detail").asString()).contains("nobody");
        JsonNode missing = results.get(2);
        assertThat(missing.get("status").asInt()).isEqualTo(400);
        assertThat(missing.get("type").asString()).isEqualTo("urn:segmentation:problem:invalid-features");
        List<String> fields = new ArrayList<>();
        missing.get("errors").forEach(e -> fields.add(e.get("field").asString()));
        assertThat(fields).containsExactlyInAnyOrder("instances[2].features.recencyDays", "instances[2].features.monetary");
        assertThat(results.get(3).get("rfmScore").asString()).hasSize(3);
        assertThat(results.get(3).has("status")).isFalse();
        assertThat(results.get(4).get("detail").asString()).contains("exactly one of customerId or features");
    }

    @Test
    void onlyAMalformedBatchAsAWholeIs400() {
        List<Map<String, Object>> tooMany = new ArrayList<>();
        for (int i = 0; i < 10_001; i++) {
            tooMany.add(Map.of("customerId", "12347"));
        }
        assertThat(problem(Map.of("instances", tooMany), 400).get("detail").asString()).contains("10000");
        assertThat(problem(Map.of("instances", List.of()), 400).get("detail").asString()).contains("has 0");
        assertThat(problem(Map.of("instances", List.of(Map.of("customerId", "12347")), "customerId", "12347"), 400)
                .get("detail").asString()).contains("exactly one of");
    }

    @Test
    void anUnknownCustomerIs404AndAnUnknownModelNameIs404ListingTheNames() {
        assertThat(problem(Map.of("customerId", "nobody"), 404).get("detail").asString()).contains("nobody");
        JsonNode noModel = json(http.post().uri("/predict?model=nothing-here").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("customerId", "12347")), 404);
        assertThat(noModel.get("type").asString()).isEqualTo("urn:segmentation:problem:not-found");
        assertThat(noModel.get("detail").asString()).contains("GET /models");
    }

    @Test
    void recommendationsFollowTheCustomersSegments() {
        CustomerProfile c = customers.get(0);
        JsonNode r = json(http.get().uri("/recommendations/" + c.customerId()));
        assertThat(r.get("rfmSegment").get("id").asString()).isEqualTo(c.rfmSegment());
        assertThat(r.get("cluster").get("id").asString()).isEqualTo(c.cluster());
        assertThat(r.get("recommendations").size()).isGreaterThan(0);
        JsonNode first = r.get("recommendations").get(0);
        assertThat(first.has("action") && first.has("channel") && first.has("priority") && first.has("rationale")).isTrue();
        JsonNode segment = json(http.get().uri("/segment/" + c.rfmSegment()));
        List<String> segmentActions = new ArrayList<>();
        segment.get("segment").get("recommendedActions").forEach(a -> segmentActions.add(a.asString()));
        List<String> customerActions = new ArrayList<>();
        r.get("recommendations").forEach(a -> customerActions.add(a.get("action").asString()));
        assertThat(customerActions).containsAll(segmentActions);
        assertThat(segmentActions).isNotEmpty();
        http.get().uri("/recommendations/nobody").exchange().expectStatus().isNotFound();
    }

    @Test
    void clusterSegmentsAreListedWithTheirCentroidInOriginalUnits() {
        JsonNode segments = json(http.get().uri("/segments?scheme=cluster")).get("segments");
        assertThat(segments.size()).isBetween(2, 10);
        long total = 0;
        double previousMonetary = Double.MAX_VALUE;
        for (JsonNode s : segments) {
            total += s.get("customers").asLong();
            JsonNode centroid = s.get("centroid");
            assertThat(centroid.get("recencyDays").asDouble()).isBetween(0.0, 400.0);
            assertThat(centroid.get("frequency").asDouble()).isGreaterThanOrEqualTo(1.0);
            assertThat(centroid.get("monetary").asDouble()).isLessThanOrEqualTo(previousMonetary);
            previousMonetary = centroid.get("monetary").asDouble();
        }
        assertThat(total).isEqualTo(3_546);
        JsonNode detail = json(http.get().uri("/segment/cluster-0"));
        assertThat(detail.get("segment").get("centroid").has("monetary")).isTrue();
        assertThat(detail.get("segment").get("scheme").asString()).isEqualTo("cluster");
    }

    private JsonNode problem(Object body, int status) {
        return json(http.post().uri("/predict").contentType(MediaType.APPLICATION_JSON).body(body), status);
    }

    private JsonNode json(RestTestClient.RequestHeadersSpec<?> request) {
        return json(request, 200);
    }

    private JsonNode json(RestTestClient.RequestHeadersSpec<?> request, int status) {
        return request.exchange().expectStatus().isEqualTo(status).expectBody(JsonNode.class).returnResult()
                .getResponseBody();
    }
}
