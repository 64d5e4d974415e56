package io.segmentation.runs;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import com.mongodb.client.MongoClients;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.mongodb.MongoDBContainer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A purchase source on a real MongoDB replica set (a container; skipped without Docker), watched with a change
 * stream: an order inserted into it starts a run after the debounce, and that run reads the new order.
 */
@Testcontainers(disabledWithoutDocker = true)
@SpringBootTest(properties = {"test.store=source-change-stream", "segmentation.runs.source-debounce=1s"})
@ActiveProfiles("test")
class SourceChangeStreamIntegrationTests {

    @Container
    static MongoDBContainer mongo = new MongoDBContainer("mongo:8.0.4");

    @DynamicPropertySource
    static void source(DynamicPropertyRegistry registry) {
        registry.add("segmentation.sources[0].name", () -> "crm");
        registry.add("segmentation.sources[0].uri", () -> mongo.getReplicaSetUrl("shop"));
        registry.add("segmentation.sources[0].collection", () -> "orders");
        registry.add("segmentation.sources[0].watch", () -> "true");
    }

    @Autowired
    RunStore runs;

    @Test
    void anInsertedOrderStartsADebouncedRunThatReadsIt() throws InterruptedException {
        try (var client = MongoClients.create(mongo.getReplicaSetUrl("shop"))) {
            Thread.sleep(2_000); // why: the watch opens once the application is ready
            client.getDatabase("shop").getCollection("orders").insertOne(new Document("order_id", "O1")
                    .append("customer", new Document("id", "C1")).append("date", Date.from(Instant.now()))
                    .append("total_amount_lkr", 1250.0));
        }
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        Run run = null;
        while (Instant.now().isBefore(deadline) && run == null) {
            run = runs.page(new io.segmentation.web.PageRequest(0, 20, RunStore.NEWEST_FIRST)).content().stream()
                    .filter(r -> r.trigger().equals("source-change") && r.status() == RunStatus.COMPLETED)
                    .findFirst().orElse(null);
            Thread.sleep(200);
        }
        assertThat(run).as("a run triggered by the change stream").isNotNull();
        assertThat(run.customers()).isEqualTo(1);
    }
}
