package io.segmentation.dashboard;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.util.LinkedMultiValueMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The dashboard's aggregate endpoints over HTTP on a small generated upload: every figure equals the one computed here
 * from the customers that {@code /customers} lists.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "segmentation.dashboard.sample-size=100")
@AutoConfigureRestTestClient
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardAggregatesIntegrationTests {

    private static final int CUSTOMERS = 400;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    RestTestClient http;

    private List<JsonNode> customers;

    @BeforeAll
    void uploadAndReadEveryCustomer() {
        assertThat(get("/dashboard/summary", 404).path("type").asString())
                .isEqualTo("urn:segmentation:problem:no-published-run");
        upload("dashboard.csv", RetailFiles.retail(CUSTOMERS, 20_000));
        readEveryCustomer();
        assertThat(customers).hasSize(CUSTOMERS);
    }

    @Test
    void summaryTotalsAreThoseOfTheCustomers() {
        JsonNode summary = get("/dashboard/summary", 200);
        long orders = customers.stream().mapToLong(c -> c.path("frequency").asLong()).sum();
        double revenue = customers.stream().mapToDouble(c -> c.path("monetary").asDouble()).sum();

        assertThat(summary.path("customers").asLong()).isEqualTo(customers.size());
        assertThat(summary.path("orders").asLong()).isEqualTo(orders);
        assertThat(summary.path("revenue").asDouble()).isCloseTo(revenue, within(1e-3));
        assertThat(summary.path("averageOrderValue").asDouble()).isCloseTo(revenue / orders, within(1e-3));
        assertThat(summary.path("currency").asString()).isEqualTo("GBP");
        assertThat(summary.path("asOf").asString()).isEqualTo("2011-12-10");
        assertThat(summary.path("lastPurchase").asString()).isEqualTo("2011-12-09");
        assertThat(summary.path("run").path("status").asString()).isEqualTo("COMPLETED");
        assertThat(summary.path("run").path("id").asString()).isEqualTo(summary.path("runId").asString());
        assertThat(summary.path("activeModel").path("version").asInt()).isPositive();
    }

    @Test
    void gridCellsCountCustomersAndAverageTheirMonetaryValue() {
        JsonNode cells = get("/dashboard/rfm-grid", 200).path("cells");
        assertThat(cells).hasSize(25);
        long total = 0;
        for (JsonNode cell : cells) {
            int r = cell.path("rScore").asInt();
            int f = cell.path("fScore").asInt();
            List<JsonNode> in = customers.stream()
                    .filter(c -> c.path("rScore").asInt() == r && c.path("fScore").asInt() == f).toList();
            double revenue = in.stream().mapToDouble(c -> c.path("monetary").asDouble()).sum();
            assertThat(cell.path("customers").asLong()).as("cell R%d F%d", r, f).isEqualTo(in.size());
            assertThat(cell.path("revenue").asDouble()).isCloseTo(revenue, within(1e-3));
            assertThat(cell.path("averageMonetary").asDouble())
                    .isCloseTo(in.isEmpty() ? 0 : revenue / in.size(), within(1e-3));
            if (!in.isEmpty()) {
                Map<String, Long> bySegment = new HashMap<>();
                in.forEach(c -> bySegment.merge(c.path("rfmSegment").asString(), 1L, Long::sum));
                long most = bySegment.values().stream().mapToLong(Long::longValue).max().orElseThrow();
                assertThat(bySegment.get(cell.path("segment").asString())).isEqualTo(most);
            }
            total += in.size();
        }
        assertThat(total).isEqualTo(customers.size());
    }

    @Test
    void correlationsArePearsonsOfTheCustomersValues() {
        JsonNode body = get("/dashboard/correlations", 200);
        assertThat(body.path("metrics").toString()).isEqualTo("[\"recencyDays\",\"frequency\",\"monetary\"]");
        String[] metrics = {"recencyDays", "frequency", "monetary"};
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                double[] x = values(metrics[i], false);
                double[] y = values(metrics[j], false);
                assertThat(body.path("pearson").get(i).get(j).asDouble()).isCloseTo(pearson(x, y), within(1e-9));
                assertThat(body.path("log1p").get(i).get(j).asDouble())
                        .isCloseTo(pearson(values(metrics[i], true), values(metrics[j], true)), within(1e-9));
            }
        }
    }

    @Test
    void scatterIsASeededSampleOfTheCustomersOfTheReportedSize() {
        JsonNode scatter = get("/dashboard/scatter", 200);
        assertThat(scatter.path("population").asLong()).isEqualTo(customers.size());
        assertThat(scatter.path("sampleSize").asInt()).isEqualTo(100);
        assertThat(scatter.path("seed").asLong()).isEqualTo(42);
        Map<String, JsonNode> byId = new HashMap<>();
        customers.forEach(c -> byId.put(c.path("customerId").asString(), c));
        Set<String> seen = new HashSet<>();
        for (JsonNode p : scatter.path("points")) {
            JsonNode c = byId.get(p.path("customerId").asString());
            assertThat(c).isNotNull();
            assertThat(seen.add(p.path("customerId").asString())).isTrue();
            assertThat(p.path("recencyDays").asLong()).isEqualTo(c.path("recencyDays").asLong());
            assertThat(p.path("frequency").asInt()).isEqualTo(c.path("frequency").asInt());
            assertThat(p.path("monetary").asDouble()).isEqualTo(c.path("monetary").asDouble());
            assertThat(p.path("rfmSegment").asString()).isEqualTo(c.path("rfmSegment").asString());
        }
        assertThat(seen).hasSize(100);
        assertThat(get("/dashboard/scatter", 200)).isEqualTo(scatter);
    }

    @Test
    void monthlyTrendsAddUpToTheCustomersTotals() {
        JsonNode months = get("/dashboard/trends", 200).path("months");
        long orders = 0;
        long newCustomers = 0;
        double revenue = 0;
        for (JsonNode m : months) {
            orders += m.path("orders").asLong();
            newCustomers += m.path("newCustomers").asLong();
            revenue += m.path("revenue").asDouble();
            assertThat(m.path("activeCustomers").asLong()).isBetween(m.path("newCustomers").asLong(), (long) customers.size());
        }
        Map<String, Long> firstMonths = new HashMap<>();
        customers.forEach(c -> firstMonths.merge(c.path("firstPurchase").asString().substring(0, 7), 1L, Long::sum));
        assertThat(orders).isEqualTo(customers.stream().mapToLong(c -> c.path("frequency").asLong()).sum());
        assertThat(newCustomers).isEqualTo(customers.size());
        assertThat(revenue).isCloseTo(customers.stream().mapToDouble(c -> c.path("monetary").asDouble()).sum(),
                within(1e-2));
        for (JsonNode m : months) {
            assertThat(m.path("newCustomers").asLong()).as(m.path("month").asString())
                    .isEqualTo(firstMonths.getOrDefault(m.path("month").asString(), 0L));
        }
        assertThat(months.get(months.size() - 1).path("month").asString()).isEqualTo("2011-12");
    }

    @Test
    void topCustomersAreTheHighestMonetaryValues() {
        JsonNode top = get("/dashboard/top-customers", 200).path("customers");
        List<JsonNode> expected = customers.stream()
                .sorted(Comparator.<JsonNode>comparingDouble(c -> -c.path("monetary").asDouble())
                        .thenComparing(c -> c.path("customerId").asString())).limit(20).toList();
        assertThat(top).hasSize(20);
        for (int i = 0; i < 20; i++) {
            assertThat(top.get(i).path("customerId").asString()).isEqualTo(expected.get(i).path("customerId").asString());
        }
    }

    @Test
    void customersSortByAnyColumnWithTiesByCustomerId() {
        JsonNode page = get("/customers?size=50&sort=monetary,desc&segment=champions", 200);
        List<JsonNode> expected = customers.stream().filter(c -> c.path("rfmSegment").asString().equals("champions"))
                .sorted(Comparator.<JsonNode>comparingDouble(c -> -c.path("monetary").asDouble())
                        .thenComparing(c -> c.path("customerId").asString())).limit(50).toList();
        assertThat(page.path("content").size()).isEqualTo(expected.size()).isPositive();
        for (int i = 0; i < expected.size(); i++) {
            assertThat(page.path("content").get(i).path("customerId").asString())
                    .isEqualTo(expected.get(i).path("customerId").asString());
        }
        JsonNode recency = get("/customers?size=5&page=1&sort=recencyDays", 200).path("content");
        List<JsonNode> byRecency = customers.stream().sorted(Comparator.<JsonNode>comparingLong(c -> c.path("recencyDays").asLong())
                .thenComparing(c -> c.path("customerId").asString())).skip(5).limit(5).toList();
        for (int i = 0; i < 5; i++) {
            assertThat(recency.get(i).path("customerId").asString()).isEqualTo(byRecency.get(i).path("customerId").asString());
        }
        assertThat(get("/customers?sort=rfmScore,sideways", 400).path("type").asString())
                .isEqualTo("urn:segmentation:problem:invalid-sort");
    }

    @Test
    void segmentSizesAcrossRunsAreEachRunsSegmentCounts() {
        Map<String, Long> before = rfmCounts();
        upload("more.csv", RetailFiles.retail(60, 30_000));
        JsonNode history = get("/dashboard/trends", 200).path("segmentHistory");
        Map<String, Long> after = rfmCounts();

        assertThat(history.size()).isGreaterThanOrEqualTo(2);
        JsonNode last = history.get(history.size() - 1);
        JsonNode previous = history.get(history.size() - 2);
        assertThat(last.path("source").asString()).isEqualTo("run");
        assertThat(previous.path("source").asString()).isEqualTo("run");
        after.forEach((id, n) -> assertThat(last.path("sizes").path(id).asLong(0)).as(id).isEqualTo(n));
        before.forEach((id, n) -> assertThat(previous.path("sizes").path(id).asLong(0)).as(id).isEqualTo(n));
        assertThat(get("/dashboard/summary", 200).path("customers").asLong()).isEqualTo(CUSTOMERS + 60);
        readEveryCustomer();
    }

    /** The second upload changed the published run: the other tests compare with its customers. */
    private synchronized void readEveryCustomer() {
        customers = new ArrayList<>();
        for (int page = 0; ; page++) {
            JsonNode body = get("/customers?size=1000&page=" + page, 200);
            body.path("content").forEach(customers::add);
            if (page + 1 >= body.path("totalPages").asInt()) {
                break;
            }
        }
    }

    @Test
    void reportIsOneSelfContainedHtmlFile() {
        var result = http.get().uri("/report").exchange().expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML)
                .expectHeader().valueMatches(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\".+\\.html\"")
                .expectBody(byte[].class).returnResult();
        String html = new String(result.getResponseBody(), StandardCharsets.UTF_8);
        assertThat(html).startsWith("<!doctype html>").contains("echarts").contains("\"topCustomers\"")
                .contains(get("/dashboard/summary", 200).path("runId").asString())
                .doesNotContain("<script src=").doesNotContain("@DATA@").doesNotContain("/*@ECHARTS@*/");
    }

    @Test
    void thePageIsServedAtTheRootAndAtDashboard() {
        for (String path : List.of("/", "/dashboard")) {
            String html = http.get().uri(path).accept(MediaType.TEXT_HTML).exchange().expectStatus().isOk()
                    .expectBody(String.class).returnResult().getResponseBody();
            assertThat(html).as(path).contains("<title>Customer segmentation dashboard</title>");
        }
        http.get().uri("/webjars/echarts/echarts.min.js").exchange().expectStatus().isOk();
        http.get().uri("/vendor/echarts-gl/echarts-gl.min.js").exchange().expectStatus().isOk();
        http.get().uri("/assets/dashboard.js").exchange().expectStatus().isOk();
    }

    private Map<String, Long> rfmCounts() {
        Map<String, Long> counts = new HashMap<>();
        get("/segments?scheme=rfm", 200).path("segments")
                .forEach(s -> counts.put(s.path("id").asString(), s.path("customers").asLong()));
        return counts;
    }

    private double[] values(String metric, boolean log1p) {
        return customers.stream().mapToDouble(c -> c.path(metric).asDouble())
                .map(v -> log1p ? Math.log1p(v) : v).toArray();
    }

    private static double pearson(double[] x, double[] y) {
        double mx = java.util.Arrays.stream(x).average().orElseThrow();
        double my = java.util.Arrays.stream(y).average().orElseThrow();
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < x.length; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }
        return sxy / Math.sqrt(sxx * syy);
    }

    private JsonNode get(String path, int status) {
        String body = http.get().uri(path).accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON)
                .exchange().expectStatus().isEqualTo(status).expectBody(String.class).returnResult().getResponseBody();
        return JSON.readTree(body);
    }

    private void upload(String name, byte[] bytes) {
        var form = new LinkedMultiValueMap<String, Object>();
        form.add("file", new ByteArrayResource(bytes) {
            @Override
            public String getFilename() {
                return name;
            }
        });
        http.post().uri("/uploads").contentType(MediaType.MULTIPART_FORM_DATA).body(form).exchange()
                .expectStatus().isCreated();
    }
}
