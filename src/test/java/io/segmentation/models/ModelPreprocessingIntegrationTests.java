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
import org.springframework.core.io.FileSystemResource;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.util.LinkedMultiValueMap;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Preprocessing over HTTP on the real files: robust scaling with PCA, log1p per input, one-hot and imputation, 400s. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "test.store=model-preprocessing")
@AutoConfigureRestTestClient
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ModelPreprocessingIntegrationTests {

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
    void aRobustTwoComponentModelPredictsAndExportsItsPreprocessing() {
        JsonNode model = train(Map.of("name", "robust-pca", "scaler", "robust", "pca", 2, "k", 4));
        int version = model.get("version").asInt();
        JsonNode export = json(http.get().uri("/models/" + version + "/export").exchange(), 200);

        JsonNode preprocessing = export.get("preprocessing");
        assertThat(preprocessing.get("scaler").asString()).isEqualTo("robust");
        assertThat(preprocessing.get("log1p")).hasSize(3);
        JsonNode pca = preprocessing.get("pca");
        assertThat(pca.get("components").asInt()).isEqualTo(2);
        assertThat(pca.get("loadings")).hasSize(2);
        assertThat(pca.get("loadings").get(0)).hasSize(3);
        double first = pca.get("explainedVarianceRatio").get(0).asDouble();
        double second = pca.get("explainedVarianceRatio").get(1).asDouble();
        assertThat(first).isGreaterThanOrEqualTo(second);
        assertThat(pca.get("explainedVarianceTotal").asDouble()).isBetween(0.5, 1.0);
        assertThat(model.get("training").get("explainedVarianceRatio")).hasSize(2);
        assertThat(export.get("centroids").get(0)).hasSize(2);
        assertThat(export.get("featureNames").get(0).asString()).isEqualTo("log1p(recencyDays)");
        System.out.printf("robust + pca 2: explained variance ratio %s, clusters %s%n", pca.get("explainedVarianceRatio"),
                names(model));

        JsonNode prediction = predict("robust-pca", 12, 5, 830.5);
        assertThat(prediction.get("modelVersion").asInt()).isEqualTo(version);
        assertThat(prediction.get("clusterId").asString()).startsWith("cluster-");
        assertThat(prediction.get("confidence").asDouble()).isBetween(0.0, 1.0);

        Map<String, Object> body = new HashMap<>();
        body.put("name", "robust-pca-imported");
        body.put("featureNames", export.get("featureNames"));
        body.put("scaler", export.get("scaler"));
        body.put("centroids", export.get("centroids"));
        body.put("preprocessing", export.get("preprocessing"));
        JsonNode imported = json(http.post().uri("/models/import").contentType(MediaType.APPLICATION_JSON).body(body)
                .exchange(), 201);
        assertThat(imported.get("preprocessing").get("pca").get("loadings")).isEqualTo(pca.get("loadings"));
        for (double[] point : new double[][] {{1, 1, 20}, {12, 5, 830.5}, {90, 2, 300}, {300, 1, 15}, {3, 40, 20_000}}) {
            assertThat(predict("robust-pca-imported", point[0], point[1], point[2]).get("clusterId"))
                    .isEqualTo(predict("robust-pca", point[0], point[1], point[2]).get("clusterId"));
        }
    }

    @Test
    void theDefaultsRecordTodaysPreprocessingAndTheMembersSegments() {
        JsonNode model = train(Map.of("name", "plain", "k", 5));

        JsonNode preprocessing = model.get("preprocessing");
        assertThat(preprocessing.get("scaler").asString()).isEqualTo("standard");
        assertThat(preprocessing.has("pca")).isFalse();
        assertThat(model.get("featureNames").toString()).isEqualTo(
                "[\"log1p(recencyDays)\",\"log1p(frequency)\",\"log1p(monetary)\"]");
        List<String> names = new ArrayList<>();
        for (JsonNode c : model.get("clusters")) {
            names.add(c.get("name").asString());
            assertThat(c.get("rfmSegment").asString()).isNotBlank();
            assertThat(c.get("rfmSegmentShare").asDouble()).isBetween(0.0, 1.0);
            boolean agrees = c.get("nameAgreement").asBoolean();
            assertThat(agrees).isEqualTo(c.get("rfmSegment").asString().equals(c.get("archetype").asString()));
            if (!agrees) {
                assertThat(c.get("nameNote").asString()).contains("most members");
            }
            System.out.printf("cluster %s '%s': archetype %s, members mostly %s (%.2f), agreement %s%n",
                    c.get("id").asString(), c.get("name").asString(), c.get("archetype").asString(),
                    c.get("rfmSegment").asString(), c.get("rfmSegmentShare").asDouble(), agrees);
        }
        assertThat(names).doesNotHaveDuplicates().noneMatch(n -> n.matches(".*\\d.*"));
    }

    @Test
    void log1pCanBeSwitchedOffPerInputWithAMinMaxScaler() {
        JsonNode model = train(Map.of("name", "minmax", "log1p", List.of("monetary"), "scaler", "min-max", "k", 3));

        assertThat(model.get("featureNames").toString()).isEqualTo("[\"recencyDays\",\"frequency\",\"log1p(monetary)\"]");
        assertThat(model.get("preprocessing").get("scaler").asString()).isEqualTo("min-max");
        assertThat(model.get("preprocessing").get("log1p").toString()).isEqualTo("[\"monetary\"]");
        assertThat(predict("minmax", 12, 5, 830.5).get("clusterId").asString()).startsWith("cluster-");
    }

    @Test
    void anAttributesFileOneHotEncodesItsTextColumnsAndImputesTheMedian() {
        var form = new LinkedMultiValueMap<String, Object>();
        form.add("file", new FileSystemResource(SharedData.file("marketing_campaign.csv")));
        form.add("name", "marketing-onehot");
        form.add("features", "Age,Income,TotalSpending,Education");
        form.add("missingValues", "median");
        form.add("log1p", "Income,TotalSpending");
        form.add("scaler", "robust");
        form.add("pca", "3");
        form.add("k", "4");
        JsonNode model = json(http.post().uri("/models").contentType(MediaType.MULTIPART_FORM_DATA).body(form).exchange(), 201);

        JsonNode training = model.get("training");
        assertThat(training.get("usedRows").asLong()).isEqualTo(2_240);
        assertThat(training.get("imputedRows").get("Income").asLong()).isEqualTo(24);
        assertThat(training.get("droppedRows")).isEmpty();
        JsonNode preprocessing = model.get("preprocessing");
        assertThat(preprocessing.get("missingValues").asString()).isEqualTo("median");
        assertThat(preprocessing.get("categories").get("Education").toString())
                .isEqualTo("[\"2n Cycle\",\"Basic\",\"Graduation\",\"Master\",\"PhD\"]");
        assertThat(preprocessing.get("imputedValues").get("Income").asDouble()).isPositive();
        List<String> features = new ArrayList<>();
        model.get("featureNames").forEach(f -> features.add(f.asString()));
        assertThat(features).containsExactly("Age", "log1p(Income)", "log1p(TotalSpending)", "Education=2n Cycle",
                "Education=Basic", "Education=Graduation", "Education=Master", "Education=PhD");
        assertThat(model.get("centroids").get(0)).hasSize(3);

        Map<String, Object> customer = new HashMap<>(Map.of("Age", 45, "Income", 52_000, "TotalSpending", 600));
        for (String category : List.of("2n Cycle", "Basic", "Graduation", "Master", "PhD")) {
            customer.put("Education=" + category, category.equals("PhD") ? 1 : 0);
        }
        JsonNode prediction = json(http.post().uri("/predict?model=marketing-onehot").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("features", customer)).exchange(), 200);
        assertThat(prediction.get("clusterId").asString()).startsWith("cluster-");
    }

    @Test
    void compareAppliesThePreprocessingToEveryRowAndItsRequest() {
        JsonNode comparison = json(http.post().uri("/models/compare").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("algorithms", List.of("kmeans", "gmm"), "k", 3, "scaler", "robust", "pca", 2)).exchange(), 200);

        for (JsonNode row : comparison.get("rows")) {
            assertThat(row.get("request").get("scaler").asString()).isEqualTo("robust");
            assertThat(row.get("request").get("pca").asInt()).isEqualTo(2);
            assertThat(row.get("silhouette").asDouble()).isBetween(-1.0, 1.0);
        }
    }

    @Test
    void badValuesAreProblemsNamingTheFieldAndTheAllowedValues() {
        JsonNode scaler = json(http.post().uri("/models").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("scaler", "zscore")).exchange(), 400);
        assertThat(scaler.get("type").asString()).endsWith("invalid-preprocessing");
        assertThat(scaler.get("field").asString()).isEqualTo("scaler");
        assertThat(scaler.get("allowed").toString()).isEqualTo("[\"standard\",\"min-max\",\"robust\"]");
        assertThat(scaler.get("detail").asString()).contains("standard, min-max, robust", "zscore");

        JsonNode pca = json(http.post().uri("/models/compare").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("pca", 4)).exchange(), 400);
        assertThat(pca.get("field").asString()).isEqualTo("pca");
        assertThat(pca.get("allowed").toString()).isEqualTo("[\"1\",\"2\",\"3\"]");

        JsonNode log1p = json(http.post().uri("/models").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("log1p", List.of("income"))).exchange(), 400);
        assertThat(log1p.get("field").asString()).isEqualTo("log1p");
        assertThat(log1p.get("allowed").toString()).isEqualTo("[\"recencyDays\",\"frequency\",\"monetary\"]");

        var form = new LinkedMultiValueMap<String, Object>();
        form.add("file", new FileSystemResource(SharedData.file("marketing_campaign.csv")));
        form.add("missingValues", "zero");
        JsonNode missing = json(http.post().uri("/models").contentType(MediaType.MULTIPART_FORM_DATA).body(form).exchange(), 400);
        assertThat(missing.get("field").asString()).isEqualTo("missingValues");
        assertThat(missing.get("allowed").toString()).isEqualTo("[\"drop\",\"median\",\"mean\"]");
    }

    private static List<String> names(JsonNode model) {
        List<String> names = new ArrayList<>();
        model.get("clusters").forEach(c -> names.add(c.get("name").asString()));
        return names;
    }

    private JsonNode predict(String model, double recencyDays, double frequency, double monetary) {
        return json(http.post().uri("/predict?model=" + model).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("features", Map.of("recencyDays", recencyDays, "frequency", frequency, "monetary", monetary)))
                .exchange(), 200);
    }

    private JsonNode train(Map<String, Object> request) {
        return json(http.post().uri("/models").contentType(MediaType.APPLICATION_JSON).body(request).exchange(), 201);
    }

    private static JsonNode json(RestTestClient.ResponseSpec response, int status) {
        return response.expectStatus().isEqualTo(status).expectBody(JsonNode.class).returnResult().getResponseBody();
    }
}
