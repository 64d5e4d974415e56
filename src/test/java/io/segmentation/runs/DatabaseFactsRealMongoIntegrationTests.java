package io.segmentation.runs;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.test.context.ActiveProfiles;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.mongodb.MongoDBContainer;

/** {@link DatabaseFactsContract} on a real MongoDB 8 in a container; skipped where there is no Docker. */
@Testcontainers(disabledWithoutDocker = true)
@SpringBootTest
@ActiveProfiles("test")
class DatabaseFactsRealMongoIntegrationTests extends DatabaseFactsContract {

    @Container
    @ServiceConnection
    static MongoDBContainer mongo = new MongoDBContainer("mongo:8.0.4");

    @Autowired
    RunInputs inputs;

    @Test
    void aMongoDbServerTakesTheDatabasePathByDefault() {
        assertThat(inputs.readsInDatabase()).isTrue();
    }
}
