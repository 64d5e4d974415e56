package io.segmentation.health;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Start-up told truthfully, over real HTTP: a start-up runner ordered before the demo data's loader asks the server,
 * which already answers, while the demo data is not loaded; /health and readiness are DOWN and /segments says there
 * is no run yet. Once started, both are UP and /segments lists the demo's segments.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {"test.store=startup",
        "segmentation.demo-data.enabled=true", "segmentation.demo-data.lines=4000"})
@AutoConfigureRestTestClient
@ActiveProfiles("test")
class StartupIntegrationTests {

    /** Status and body of each path, asked before the demo data was loaded. */
    static final Map<String, HttpResponse<String>> BEFORE_DEMO_DATA = new LinkedHashMap<>();

    @TestConfiguration
    static class AskWhileStarting {

        @Bean
        @Order(5) // why: the demo data loader is @Order(10)
        ApplicationRunner askBeforeTheDemoData(Environment environment) {
            return args -> {
                HttpClient client = HttpClient.newHttpClient();
                String base = "http://localhost:" + environment.getProperty("local.server.port");
                for (String path : new String[] {"/health", "/actuator/health/readiness", "/segments"}) {
                    BEFORE_DEMO_DATA.put(path, client.send(HttpRequest.newBuilder(URI.create(base + path)).build(),
                            HttpResponse.BodyHandlers.ofString()));
                }
            };
        }
    }

    @Autowired
    RestTestClient http;

    @Test
    void healthAndReadinessAreDownAndSegmentsSayNoRunYetUntilTheDemoDataIsLoaded() {
        JsonMapper json = JsonMapper.builder().build();
        HttpResponse<String> health = BEFORE_DEMO_DATA.get("/health");
        assertThat(health.statusCode()).isEqualTo(503);
        JsonNode healthBody = json.readTree(health.body());
        assertThat(healthBody.get("status").asString()).isEqualTo("DOWN");
        assertThat(healthBody.get("mongo").asString()).isEqualTo("UP");
        assertThat(healthBody.get("reason").asString()).contains("demo data");
        assertThat(BEFORE_DEMO_DATA.get("/actuator/health/readiness").statusCode()).isEqualTo(503);
        JsonNode segments = json.readTree(BEFORE_DEMO_DATA.get("/segments").body());
        assertThat(segments.get("state").asString()).isEqualTo("NO_RUN_YET");
        assertThat(segments.get("segments").size()).isZero();
        assertThat(segments.get("detail").asString()).contains("POST /uploads");

        JsonNode started = get("/health");
        assertThat(started.get("status").asString()).isEqualTo("UP");
        assertThat(started.has("reason")).isFalse();
        http.get().uri("/actuator/health/readiness").exchange().expectStatus().isOk();
        JsonNode published = get("/segments");
        assertThat(published.get("state").asString()).isEqualTo("PUBLISHED");
        assertThat(published.get("segments").size()).isPositive();
        assertThat(published.has("detail")).isFalse();
    }

    private JsonNode get(String uri) {
        return http.get().uri(uri).exchange().expectStatus().isOk().expectBody(JsonNode.class).returnResult()
                .getResponseBody();
    }
}
