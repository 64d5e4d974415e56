package io.segmentation.models;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.segmentation.SharedData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.FileSystemResource;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.util.LinkedMultiValueMap;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** The model registry over real HTTP: training, determinism, activation (rollback), export, import, attribute files. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "test.store=model-registry")
@AutoConfigureRestTestClient
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ModelRegistryIntegrationTests {

    @Autowired
    RestTestClient http;

    @BeforeAll
    void uploadPurchases() {
        var form = new LinkedMultiValueMap<String, Object>();
        form.add("file", new ByteArrayResource(PurchaseFiles.retail(240)) {
            @Override
            public String getFilename() {
                return "synthetic.csv";
            }
        });
        http.post().uri("/uploads").contentType(MediaType.MULTIPART_FORM_DATA).body(form).exchange()
                .expectStatus().isCreated();
    }

    @Test
    void trainingTwiceOnTheSameDataWithTheSameSeedGivesIdenticalModels() {
        JsonNode first = train(Map.of("k", 3, "seed", 7, "name", "twice", "activate", false));
        JsonNode second = train(Map.of("k", 3, "seed", 7, "name", "twice", "activate", false));
        assertThat(second.get("version").asInt()).isGreaterThan(first.get("version").asInt());
        for (String field : List.of("featureNames", "scaler", "centroids", "clusters", "metrics", "k", "seed", "runId",
                "dataFingerprint")) {
            assertThat(second.get(field)).as(field).isEqualTo(first.get(field));
        }
        assertThat(first.get("active").asBoolean()).isFalse();
        assertThat(first.get("featureNames").toString()).contains("log1p(recencyDays)");
    }

    @Test
    void aRangeReportsEveryKTriedAndOrdersClustersByMonetaryDescending() {
        JsonNode model = train(Map.of("kMin", 2, "kMax", 6, "seed", 3, "name", "ranged", "activate", false));
        JsonNode metrics = model.get("metrics");
        assertThat(metrics.size()).isEqualTo(5);
        int chosen = 0;
        for (JsonNode m : metrics) {
            assertThat(m.get("inertia").asDouble()).isPositive();
            assertThat(m.get("silhouette").asDouble()).isBetween(-1.0, 1.0);
            chosen += m.get("chosen").asBoolean() ? 1 : 0;
        }
        assertThat(chosen).isEqualTo(1);
        JsonNode clusters = model.get("clusters");
        assertThat(clusters.size()).isEqualTo(model.get("k").asInt());
        for (int c = 0; c < clusters.size(); c++) {
            assertThat(clusters.get(c).get("id").asString()).isEqualTo("cluster-" + c);
            assertThat(clusters.get(c).get("name").asString()).isNotBlank();
            if (c > 0) {
                assertThat(clusters.get(c).get("centroid").get("monetary").asDouble())
                        .isLessThanOrEqualTo(clusters.get(c - 1).get("centroid").get("monetary").asDouble());
            }
        }
        long size = 0;
        for (JsonNode c : clusters) {
            size += c.get("size").asLong();
        }
        assertThat(size).isEqualTo(240);
    }

    @Test
    void activatingAnOlderVersionChangesThePredictAnswers() {
        int two = train(Map.of("k", 2, "seed", 1, "name", "rollback")).get("version").asInt();
        int five = train(Map.of("k", 5, "seed", 1, "name", "rollback")).get("version").asInt();
        List<String> underFive = clusters(predictGrid("rollback", five));

        JsonNode activated = json(http.post().uri("/models/" + two + "/activate"), 200);
        assertThat(activated.get("active").asBoolean()).isTrue();
        List<String> underTwo = clusters(predictGrid("rollback", two));

        assertThat(underTwo).allMatch(id -> id.equals("cluster-0") || id.equals("cluster-1"));
        assertThat(underFive).isNotEqualTo(underTwo);
        assertThat(underFive).anyMatch(id -> !id.equals("cluster-0") && !id.equals("cluster-1"));
        JsonNode listing = json(http.get().uri("/models"), 200);
        int active = 0;
        for (JsonNode m : listing.get("content")) {
            if (m.get("name").asString().equals("rollback") && m.get("active").asBoolean()) {
                active++;
                assertThat(m.get("version").asInt()).isEqualTo(two);
            }
        }
        assertThat(active).isEqualTo(1);
    }

    @Test
    void anExportImportsBackAsAModelThatPredictsTheSame() {
        int version = train(Map.of("k", 4, "seed", 5, "name", "exported")).get("version").asInt();
        JsonNode export = http.get().uri("/models/" + version + "/export").exchange().expectStatus().isOk()
                .expectHeader().valueMatches("Content-Disposition", "attachment; filename=\"model-" + version + ".json\"")
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        Map<String, Object> body = new HashMap<>();
        body.put("name", "reimported");
        body.put("featureNames", export.get("featureNames"));
        body.put("scaler", export.get("scaler"));
        body.put("centroids", export.get("centroids"));
        JsonNode imported = json(http.post().uri("/models/import").contentType(MediaType.APPLICATION_JSON).body(body), 201);
        assertThat(imported.get("centroids")).isEqualTo(export.get("centroids"));
        assertThat(imported.get("training").get("source").asString()).isEqualTo("import");
        assertThat(clusters(predictGrid("reimported", imported.get("version").asInt())))
                .isEqualTo(clusters(predictGrid("exported", version)));
    }

    @Test
    void scikitLearnParametersImportWithClustersReorderedByMonetary() {
        JsonNode source = train(Map.of("k", 3, "seed", 9, "name", "sk-source"));
        List<JsonNode> reversed = new ArrayList<>();
        source.get("centroids").forEach(reversed::add);
        java.util.Collections.reverse(reversed);
        Map<String, Object> sklearn = Map.of("name", "sklearn",
                "feature_names", source.get("featureNames"),
                "scaler", Map.of("mean", source.get("scaler").get("means"), "scale", source.get("scaler").get("scales")),
                "cluster_centers", reversed);
        JsonNode imported = json(http.post().uri("/models/import").contentType(MediaType.APPLICATION_JSON).body(sklearn), 201);
        assertThat(imported.get("centroids")).isEqualTo(source.get("centroids"));
        assertThat(imported.get("clusters").get(0).get("size").asLong()).isEqualTo(
                source.get("clusters").get(0).get("size").asLong());
        assertThat(clusters(predictGrid("sklearn", imported.get("version").asInt())))
                .isEqualTo(clusters(predictGrid("sk-source", source.get("version").asInt())));
    }

    @Test
    void aBrokenImportIsRejectedListingEveryProblem() {
        Map<String, Object> broken = Map.of("feature_names", List.of("a", "b"),
                "scaler", Map.of("mean", List.of(1.0), "scale", List.of(1.0, 0.0)),
                "cluster_centers", List.of(List.of(1.0, 2.0), List.of(3.0)));
        JsonNode problem = json(http.post().uri("/models/import").contentType(MediaType.APPLICATION_JSON).body(broken), 400);
        assertThat(problem.get("detail").asString()).contains("scaler.mean and scaler.scale need 2 values",
                "cluster_centers[1] needs 2 finite values");
        http.get().uri("/models/99999").exchange().expectStatus().isNotFound();
    }

    @Test
    void theMarketingCampaignModelTrainsOnTheRealFileWithProfilesInOriginalUnits() {
        Path file = SharedData.file("marketing_campaign.csv");
        var form = new LinkedMultiValueMap<String, Object>();
        form.add("file", new FileSystemResource(file));
        form.add("features", "Age,Income,TotalSpending,NumWebPurchases,NumStorePurchases,NumWebVisitsMonth,Recency");
        form.add("k", "6");
        form.add("seed", "42");
        form.add("name", "marketing-campaign");
        JsonNode model = json(http.post().uri("/models").contentType(MediaType.MULTIPART_FORM_DATA).body(form), 201);
        assertThat(model.get("k").asInt()).isEqualTo(6);
        assertThat(model.get("training").get("rows").asLong()).isEqualTo(2_240);
        assertThat(model.get("training").get("usedRows").asLong()).isEqualTo(2_216);
        assertThat(model.get("training").get("droppedRows").get("Income").asLong()).isEqualTo(24);
        assertThat(model.get("training").get("referenceYear").asInt()).isEqualTo(2014);
        assertThat(model.get("dataFingerprint").asString()).hasSize(64);
        long size = 0;
        for (JsonNode c : model.get("clusters")) {
            JsonNode centroid = c.get("centroid");
            assertThat(centroid.get("Age").asDouble()).isBetween(18.0, 90.0);
            assertThat(centroid.get("Income").asDouble()).isBetween(5_000.0, 200_000.0);
            assertThat(centroid.get("TotalSpending").asDouble()).isBetween(0.0, 2_600.0);
            assertThat(centroid.get("Recency").asDouble()).isBetween(0.0, 99.0);
            size += c.get("size").asLong();
        }
        assertThat(size).isEqualTo(2_216);
        assertThat(model.get("clusters").get(0).get("centroid").get("TotalSpending").asDouble())
                .isGreaterThan(model.get("clusters").get(5).get("centroid").get("TotalSpending").asDouble());

        Map<String, Object> customer = Map.of("Age", 45, "Income", 58_000, "TotalSpending", 600, "NumWebPurchases", 4,
                "NumStorePurchases", 6, "NumWebVisitsMonth", 5, "Recency", 30);
        JsonNode p = json(http.post().uri("/predict?model=marketing-campaign").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("features", customer)), 200);
        assertThat(p.get("modelVersion").asInt()).isEqualTo(model.get("version").asInt());
        assertThat(p.get("clusterId").asString()).matches("cluster-[0-5]");
        assertThat(p.has("rfmScore")).isFalse();
        JsonNode wrongKeys = json(http.post().uri("/predict?model=marketing-campaign").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("features", Map.of("recencyDays", 3, "frequency", 2, "monetary", 10))), 400);
        assertThat(wrongKeys.get("errors").size()).isEqualTo(10);
    }

    @Test
    void thePublishedRunKeepsTheClusterNamesOfTheModelThatAssignedThemAfterANewDefaultModel() {
        JsonNode before = json(http.get().uri("/recommendations/20007"), 200);
        JsonNode newer = train(Map.of("k", 7, "seed", 2));
        assertThat(newer.get("name").asString()).isEqualTo("default");
        assertThat(json(http.get().uri("/health"), 200).get("model").asInt()).isEqualTo(newer.get("version").asInt());

        JsonNode after = json(http.get().uri("/recommendations/20007"), 200);
        assertThat(after.get("cluster")).isEqualTo(before.get("cluster"));
        JsonNode segment = json(http.get().uri("/segment/" + after.get("cluster").get("id").asString()), 200).get("segment");
        assertThat(after.get("cluster").get("name").asString()).isEqualTo(segment.get("name").asString());
        List<String> actions = new ArrayList<>();
        after.get("recommendations").forEach(r -> actions.add(r.get("action").asString()));
        segment.get("recommendedActions").forEach(a -> assertThat(actions).contains(a.asString()));
    }

    private JsonNode train(Map<String, Object> request) {
        return json(http.post().uri("/models").contentType(MediaType.APPLICATION_JSON).body(request), 201);
    }

    /** Predicts a grid of 125 feature points with a model name and checks the version that answered. */
    private JsonNode predictGrid(String name, int expectedVersion) {
        List<Map<String, Object>> instances = new ArrayList<>();
        for (int r : new int[] {1, 10, 40, 120, 290}) {
            for (int f : new int[] {1, 2, 4, 7, 9}) {
                for (double m : new double[] {20, 150, 600, 2_000, 6_000}) {
                    instances.add(Map.of("features", Map.of("recencyDays", r, "frequency", f, "monetary", m)));
                }
            }
        }
        JsonNode batch = json(http.post().uri("/predict?model=" + name).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("instances", instances)), 200);
        assertThat(batch.get("modelVersion").asInt()).isEqualTo(expectedVersion);
        return batch;
    }

    private static List<String> clusters(JsonNode batch) {
        List<String> ids = new ArrayList<>();
        batch.get("predictions").forEach(p -> ids.add(p.get("clusterId").asString()));
        return ids;
    }

    private JsonNode json(RestTestClient.RequestHeadersSpec<?> request, int status) {
        return request.exchange().expectStatus().isEqualTo(status).expectBody(JsonNode.class).returnResult()
                .getResponseBody();
    }
}
