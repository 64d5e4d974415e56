package io.segmentation.runs;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.segmentation.UploadForms;
import io.segmentation.clustering.AdjustedRandIndex;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The Online Retail sample in two uploads (before and from 2011-07-01): the second run's drift block against the model
 * the first run trained, checked against PSI and ARI computed here from the two runs' customers.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "test.store=drift")
@AutoConfigureRestTestClient
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DriftIntegrationTests {

    @Autowired
    RestTestClient http;

    private List<JsonNode> firstCustomers;
    private List<JsonNode> secondCustomers;
    private JsonNode secondRun;
    private int model;

    @BeforeAll
    void uploadTwoHalves() {
        JsonNode first = upload("before-july.csv", RetailHalves.before());
        firstCustomers = customers();
        model = health().get("model").asInt();
        JsonNode second = upload("from-july.csv", RetailHalves.after());
        secondCustomers = customers();
        secondRun = json(http.get().uri("/runs/" + second.get("run").get("id").asString()).exchange().expectStatus().isOk());
        assertThat(secondRun.get("drift").get("previousRunId").asString()).isEqualTo(first.get("run").get("id").asString());
    }

    @Test
    void psiPerFeatureIsThatOfTheTrainingDecilesOnTheNewCustomers() {
        JsonNode drift = secondRun.get("drift");
        assertThat(drift.get("model").asInt()).isEqualTo(model);
        assertThat(drift.get("features").size()).isEqualTo(3);
        for (JsonNode feature : drift.get("features")) {
            String input = feature.get("input").asString();
            double expected = psi(values(firstCustomers, input), values(secondCustomers, input));
            System.out.printf("PSI %s = %.4f (computed here %.4f)%n", input, feature.get("psi").asDouble(), expected);
            assertThat(feature.get("psi").asDouble()).isCloseTo(expected, within(1e-4));
            assertThat(feature.get("drifted").asBoolean()).isEqualTo(expected > 0.25);
        }
    }

    @Test
    void stabilityIsTheAdjustedRandIndexOfTheCustomersInBothRuns() {
        Map<String, String> before = new HashMap<>();
        firstCustomers.forEach(c -> before.put(c.get("customerId").asString(), c.get("cluster").asString()));
        Map<String, Integer> ids = new HashMap<>();
        List<int[]> pairs = new ArrayList<>();
        for (JsonNode c : secondCustomers) {
            String previous = before.get(c.get("customerId").asString());
            if (previous != null) {
                pairs.add(new int[] {ids.computeIfAbsent("a" + previous, k -> ids.size()),
                        ids.computeIfAbsent("b" + c.get("cluster").asString(), k -> ids.size())});
            }
        }
        double ari = AdjustedRandIndex.of(pairs.stream().mapToInt(p -> p[0]).toArray(),
                pairs.stream().mapToInt(p -> p[1]).toArray());
        JsonNode drift = secondRun.get("drift");
        System.out.printf("ARI = %.4f over %d customers in both runs%n", drift.get("adjustedRandIndex").asDouble(), pairs.size());

        assertThat(drift.get("customersInBoth").asLong()).isEqualTo(pairs.size()).isPositive();
        assertThat(drift.get("adjustedRandIndex").asDouble()).isCloseTo(ari, within(1e-4));
    }

    @Test
    void clusterSharesAreCountedOnBothRuns() {
        JsonNode clusters = secondRun.get("drift").get("clusters");
        double total = 0;
        for (JsonNode cluster : clusters) {
            String id = cluster.get("cluster").asString();
            double share = secondCustomers.stream().filter(c -> c.get("cluster").asString().equals(id)).count()
                    / (double) secondCustomers.size();
            double previous = firstCustomers.stream().filter(c -> c.get("cluster").asString().equals(id)).count()
                    / (double) firstCustomers.size();
            assertThat(cluster.get("share").asDouble()).isCloseTo(share, within(1e-4));
            assertThat(cluster.get("previousShare").asDouble()).isCloseTo(previous, within(1e-4));
            assertThat(cluster.get("change").asDouble()).isCloseTo(share - previous, within(2e-4));
            total += cluster.get("share").asDouble();
        }
        assertThat(total).isCloseTo(1.0, within(1e-3));
    }

    @Test
    void lowConfidenceShareCountsAssignmentsBelowTwoTenths() {
        double share = secondRun.get("drift").get("lowConfidenceShare").asDouble();
        System.out.printf("low-confidence share = %.4f%n", share);
        assertThat(share).isBetween(0.0001, 0.5);
    }

    @Test
    void theModelsDriftIsThePublishedRunsBlock() {
        JsonNode drift = json(http.get().uri("/models/" + model + "/drift").exchange().expectStatus().isOk());

        assertThat(drift.get("runId").asString()).isEqualTo(secondRun.get("id").asString());
        assertThat(drift.get("features")).isEqualTo(secondRun.get("drift").get("features"));
        assertThat(drift.get("adjustedRandIndex")).isEqualTo(secondRun.get("drift").get("adjustedRandIndex"));
    }

    @Test
    void healthWarnsOfDriftButStaysUp() {
        JsonNode health = health();
        boolean drifted = secondRun.get("drift").get("drifted").asBoolean();

        assertThat(health.get("status").asString()).isEqualTo("UP");
        assertThat(health.get("drift").get("runId").asString()).isEqualTo(secondRun.get("id").asString());
        assertThat(health.get("warnings").isEmpty()).isEqualTo(!drifted);
        if (drifted) {
            assertThat(health.get("warnings").get(0).asString()).startsWith("PSI of ");
        }
    }

    @Test
    void aModelWithoutTrainingDecilesSaysSoAndIsMeasuredAgainstThePublishedClusters() {
        String body = """
                {"name": "imported", "activate": false,
                 "feature_names": ["log1p(recencyDays)", "log1p(frequency)", "log1p(monetary)"],
                 "scaler": {"mean": [3.82, 1.12, 5.91], "scale": [1.33, 0.63, 1.21]},
                 "cluster_centers": [[1.0, -0.8, -0.9], [0.2, -0.3, -0.2], [-1.1, 1.4, 1.5]]}""";
        int version = json(http.post().uri("/models/import").contentType(MediaType.APPLICATION_JSON).body(body)
                .exchange().expectStatus().isCreated()).get("version").asInt();

        JsonNode drift = json(http.get().uri("/models/" + version + "/drift").exchange().expectStatus().isOk());

        assertThat(drift.get("features").isEmpty()).isTrue();
        assertThat(drift.has("maxPsi")).isFalse();
        assertThat(drift.get("note").asString()).contains("without its training deciles");
        assertThat(drift.get("previousRunId").asString()).isEqualTo(secondRun.get("id").asString());
        assertThat(drift.get("customersInBoth").asLong()).isEqualTo(secondCustomers.size());
        assertThat(drift.get("adjustedRandIndex").asDouble()).isBetween(-1.0, 0.9999);
    }

    @Test
    void anUnknownVersionIsNotFound() {
        http.get().uri("/models/999/drift").exchange().expectStatus().isNotFound();
    }

    /** PSI computed plainly: numpy-style deciles of the reference, a value on an edge in the upper bin. */
    static double psi(double[] reference, double[] actual) {
        double[] sorted = reference.clone();
        java.util.Arrays.sort(sorted);
        double[] edges = new double[9];
        for (int d = 1; d <= 9; d++) {
            double h = (sorted.length - 1) * d / 10.0;
            int lo = (int) h;
            edges[d - 1] = sorted[lo] + (h - lo) * (sorted[Math.min(lo + 1, sorted.length - 1)] - sorted[lo]);
        }
        double[] e = binShares(edges, reference);
        double[] a = binShares(edges, actual);
        double psi = 0;
        for (int b = 0; b < 10; b++) {
            double eb = Math.max(e[b], 0) == 0 ? 0.0001 : e[b];
            double ab = a[b] == 0 ? 0.0001 : a[b];
            psi += (ab - eb) * Math.log(ab / eb);
        }
        return psi;
    }

    private static double[] binShares(double[] edges, double[] values) {
        double[] shares = new double[10];
        for (double v : values) {
            int bin = 0;
            for (double edge : edges) {
                bin += v >= edge ? 1 : 0;
            }
            shares[bin] += 1.0 / values.length;
        }
        return shares;
    }

    private static double[] values(List<JsonNode> customers, String input) {
        return customers.stream().mapToDouble(c -> c.get(input).asDouble()).toArray();
    }

    private JsonNode upload(String name, String text) {
        return json(http.post().uri("/uploads").contentType(MediaType.MULTIPART_FORM_DATA)
                .body(UploadForms.csv(name, text)).exchange().expectStatus().isCreated());
    }

    private List<JsonNode> customers() {
        List<JsonNode> customers = new ArrayList<>();
        for (int page = 0; ; page++) {
            JsonNode body = json(http.get().uri("/customers?size=1000&page=" + page).exchange().expectStatus().isOk());
            body.get("content").forEach(customers::add);
            if (page + 1 >= body.get("totalPages").asInt()) {
                return customers;
            }
        }
    }

    private JsonNode health() {
        return json(http.get().uri("/health").exchange().expectStatus().isOk());
    }

    private static JsonNode json(RestTestClient.ResponseSpec response) {
        return response.expectBody(JsonNode.class).returnResult().getResponseBody();
    }
}
