package io.segmentation.runs;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * {@link DatabaseFactsContract} on the embedded store (mongo-java-server), which runs the same aggregation; with
 * {@code segmentation.runs.customer-facts=database} runs take the database path there too.
 */
@SpringBootTest(properties = {"test.store=database-facts", "segmentation.runs.customer-facts=database",
        "segmentation.storage.read-timeout=600s"})
@ActiveProfiles("test")
class DatabaseFactsIntegrationTests extends DatabaseFactsContract {

    @Autowired
    RunInputs inputs;

    @Test
    void theSettingSendsRunsToTheDatabasePath() {
        assertThat(inputs.readsInDatabase()).isTrue();
    }
}
