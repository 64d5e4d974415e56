package io.segmentation.dashboard;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.util.LinkedMultiValueMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Benchmark (not part of {@code ./mvnw verify}: the name does not end in Tests) of every request the dashboard page
 * makes, on one upload of {@code -Ddashboard.customers} (default 100,000) generated customers and a second, forced run
 * (for the migration matrix). Prints, per request, the first (cold) call and the median and maximum of 20 more, over
 * real HTTP on the embedded store. Run: {@code ./mvnw -o test -Dtest=DashboardBenchmark}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"segmentation.rate-limit.enabled=false", "spring.servlet.multipart.max-file-size=1GB"})
@AutoConfigureRestTestClient
@ActiveProfiles("test")
class DashboardBenchmark {

    private static final int REPEATS = 20;

    @LocalServerPort
    int port;

    @Autowired
    RestTestClient http;

    @Autowired
    AggregateStore aggregates;

    @Autowired
    AggregateService service;

    @Test
    void everyRequestOfThePage() throws Exception {
        int customers = Integer.getInteger("dashboard.customers", 100_000);
        byte[] file = RetailFiles.retail(customers, 1_000_000);
        long start = System.nanoTime();
        upload(file);
        System.out.printf("upload of %,d customers (%,d bytes) with its run: %d ms%n", customers, file.length,
                (System.nanoTime() - start) / 1_000_000);
        start = System.nanoTime();
        http.post().uri("/runs?force=true").exchange().expectStatus().is2xxSuccessful();
        System.out.printf("second run (forced): %d ms%n", (System.nanoTime() - start) / 1_000_000);

        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        JsonNode summary = JsonMapper.builder().build().readTree(send(client, "GET", "/dashboard/summary", null).body());
        assertThat(summary.path("customers").asLong()).isEqualTo(customers);
        long waited = System.nanoTime();
        while (!service.idle()) {
            Thread.sleep(100);
        }
        System.out.printf("waited %d ms for the background preparation of the customer pages%n",
                (System.nanoTime() - waited) / 1_000_000);
        RunAggregates stored = aggregates.find(summary.path("runId").asString()).orElseThrow();
        System.out.printf("aggregates of the run computed in %d ms (in the background, after publication)%n",
                stored.computeMillis());

        Map<String, String[]> requests = new LinkedHashMap<>();
        requests.put("GET /dashboard/summary", new String[] {"GET", "/dashboard/summary", null});
        requests.put("GET /segments?scheme=rfm", new String[] {"GET", "/segments?scheme=rfm", null});
        requests.put("GET /segments?scheme=rules", new String[] {"GET", "/segments?scheme=rules", null});
        requests.put("GET /segments?scheme=cluster", new String[] {"GET", "/segments?scheme=cluster", null});
        requests.put("GET /dashboard/rfm-grid", new String[] {"GET", "/dashboard/rfm-grid", null});
        requests.put("GET /dashboard/scatter (5,000 points)", new String[] {"GET", "/dashboard/scatter", null});
        requests.put("GET /dashboard/correlations", new String[] {"GET", "/dashboard/correlations", null});
        requests.put("GET /dashboard/trends", new String[] {"GET", "/dashboard/trends", null});
        requests.put("GET /segments/migrations", new String[] {"GET", "/segments/migrations", null});
        requests.put("GET /customers?page=0&size=20&sort=customerId,asc",
                new String[] {"GET", "/customers?page=0&size=20&sort=customerId,asc", null});
        requests.put("GET /customers?page=0&size=20&sort=monetary,desc",
                new String[] {"GET", "/customers?page=0&size=20&sort=monetary,desc", null});
        requests.put("GET /customers?segment=champions&page=0&size=20",
                new String[] {"GET", "/customers?segment=champions&page=0&size=20", null});
        requests.put("GET /customers?segment=at-risk&page=3&size=20&sort=monetary,desc",
                new String[] {"GET", "/customers?segment=at-risk&page=3&size=20&sort=monetary,desc", null});
        requests.put("GET /customers?segment=cluster-0&page=0&size=20 (a cluster segment)",
                new String[] {"GET", "/customers?segment=cluster-0&page=0&size=20", null});
        requests.put("GET /customers/{id}", new String[] {"GET", "/customers/1000123", null});
        requests.put("GET /models/{version}", new String[] {"GET", "/models/"
                + summary.path("activeModel").path("version").asInt(), null});
        requests.put("POST /predict (features)", new String[] {"POST", "/predict",
                "{\"features\": {\"recencyDays\": 12, \"frequency\": 5, \"monetary\": 830.5}}"});
        requests.put("GET /report", new String[] {"GET", "/report", null});

        System.out.printf("%n| request | first call (ms) | median of %d (ms) | max (ms) | bytes |%n|---|---|---|---|---|%n",
                REPEATS);
        for (var request : requests.entrySet()) {
            String[] r = request.getValue();
            long t0 = System.nanoTime();
            HttpResponse<String> first = send(client, r[0], r[1], r[2]);
            double cold = (System.nanoTime() - t0) / 1e6;
            assertThat(first.statusCode()).as(request.getKey()).isBetween(200, 299);
            List<Double> times = new ArrayList<>();
            for (int i = 0; i < REPEATS; i++) {
                long t = System.nanoTime();
                send(client, r[0], r[1], r[2]);
                times.add((System.nanoTime() - t) / 1e6);
            }
            times.sort(Double::compare);
            System.out.printf("| `%s` | %.1f | %.1f | %.1f | %,d |%n", request.getKey(), cold,
                    (times.get(REPEATS / 2 - 1) + times.get(REPEATS / 2)) / 2, times.get(REPEATS - 1),
                    first.body().length());
        }
    }

    private HttpResponse<String> send(HttpClient client, String method, String path, String body) throws Exception {
        var builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(Duration.ofSeconds(60))
                .header("Accept", path.equals("/report") ? "text/html" : "application/json");
        if (body != null) {
            builder.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
        } else {
            builder.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return client.send(builder.build(), HttpResponse.BodyHandlers.ofString());
    }

    private void upload(byte[] bytes) {
        var form = new LinkedMultiValueMap<String, Object>();
        form.add("file", new ByteArrayResource(bytes) {
            @Override
            public String getFilename() {
                return "dashboard-benchmark.csv";
            }
        });
        http.post().uri("/uploads").contentType(MediaType.MULTIPART_FORM_DATA).body(form).exchange()
                .expectStatus().isCreated();
    }
}
