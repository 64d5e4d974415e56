package io.segmentation.storage;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import io.segmentation.StoredOrders;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.util.LinkedMultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * MongoDB unreachable at start: the service starts anyway, {@code /health} and readiness say DOWN (503), reads and
 * writes answer a 503 problem, and once a MongoDB listens on the configured port the start-up work (indexes,
 * recovery) runs by itself, health turns UP and an upload succeeds.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "segmentation.storage.server-selection-timeout=500ms", "segmentation.storage.connect-timeout=500ms",
        "segmentation.storage.startup-retry=200ms"})
@AutoConfigureRestTestClient
@ActiveProfiles("test")
class MongoOutageIntegrationTests {

    private static final int PORT = freePort();

    private static MongoServer server;

    @Autowired
    RestTestClient http;

    @Autowired
    MongoOperations mongo;

    @DynamicPropertySource
    static void unreachableMongo(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", () -> "mongodb://127.0.0.1:" + PORT + "/segmentation");
    }

    @AfterAll
    static void stopMongo() {
        if (server != null) {
            server.shutdownNow();
        }
    }

    @Test
    void startsWithoutMongoAnswers503AndRecoversWhenMongoComesBack() {
        Map<?, ?> health = http.get().uri("/health").exchange().expectStatus().isEqualTo(503)
                .expectBody(Map.class).returnResult().getResponseBody();
        assertThat(health.get("status")).isEqualTo("DOWN");
        http.get().uri("/actuator/health/readiness").exchange().expectStatus().isEqualTo(503);
        http.get().uri("/actuator/health/liveness").exchange().expectStatus().isOk();

        assertDatabaseUnavailable(http.post().uri("/uploads").contentType(MediaType.MULTIPART_FORM_DATA)
                .body(form()).exchange().expectStatus().isEqualTo(503).expectHeader().exists("Retry-After")
                .expectBody(Map.class).returnResult().getResponseBody());
        assertDatabaseUnavailable(http.post().uri("/runs").exchange().expectStatus().isEqualTo(503)
                .expectBody(Map.class).returnResult().getResponseBody());
        assertDatabaseUnavailable(http.get().uri("/segments").exchange().expectStatus().isEqualTo(503)
                .expectBody(Map.class).returnResult().getResponseBody());

        server = new MongoServer(new MemoryBackend());
        server.bind("127.0.0.1", PORT);

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                http.get().uri("/health").exchange().expectStatus().isOk());
        http.get().uri("/actuator/health/readiness").exchange().expectStatus().isOk();
        assertThat(mongo.getCollection("uploads").listIndexes().into(new java.util.ArrayList<Document>()))
                .anySatisfy(index -> assertThat(index.get("key", Document.class)).containsKey("sha256"));

        http.post().uri("/uploads").contentType(MediaType.MULTIPART_FORM_DATA).body(form()).exchange()
                .expectStatus().isCreated();
        assertThat(StoredOrders.count(mongo.getCollection("orderBuckets"))).isEqualTo(2);
        assertThat(mongo.getCollection("uploads").countDocuments()).isEqualTo(1);
    }

    private static void assertDatabaseUnavailable(Map<?, ?> problem) {
        assertThat(problem.get("type")).isEqualTo("urn:segmentation:problem:database-unavailable");
        assertThat(problem.get("detail")).asString().contains("MongoDB cannot be reached");
    }

    private static LinkedMultiValueMap<String, Object> form() {
        byte[] csv = ("Customer_ID,Order_ID,Date,Total_Amount\n"
                + "M1,ORD1,2024-05-01,10.00\nM2,ORD2,2024-05-02,20.00\n").getBytes(StandardCharsets.UTF_8);
        var form = new LinkedMultiValueMap<String, Object>();
        form.add("file", new ByteArrayResource(csv) {
            @Override
            public String getFilename() {
                return "outage.csv";
            }
        });
        return form;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
