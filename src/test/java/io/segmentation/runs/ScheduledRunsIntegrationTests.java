package io.segmentation.runs;

import java.time.Duration;
import java.util.List;

import io.segmentation.purchases.SeedOrders;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code segmentation.runs.cron} starts runs that compute once and are skipped while the data stays the same. */
@SpringBootTest(properties = {"test.store=scheduled-runs", "segmentation.runs.cron=* * * * * *",
        "segmentation.sources[0].collection=scheduled_orders", "segmentation.sources[0].read=stream"})
@ActiveProfiles("test")
@DirtiesContext // why: stops the every-second schedule once this class is done, instead of for the rest of the suite
class ScheduledRunsIntegrationTests {

    @Autowired
    RunService runs;

    @Autowired
    MongoOperations mongo;

    @Test
    void scheduledRunsComputeOnceAndAreSkippedWhileNothingChanges() throws InterruptedException {
        mongo.getCollection("scheduled_orders").insertMany(SeedOrders.documents());
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        List<Run> scheduled = List.of();
        while (System.nanoTime() < deadline) {
            scheduled = runs.page(new io.segmentation.web.PageRequest(0, 100, RunStore.NEWEST_FIRST)).content().stream().filter(r -> r.trigger().equals("schedule")).toList();
            if (scheduled.stream().anyMatch(r -> r.status() == RunStatus.SKIPPED)
                    && scheduled.stream().anyMatch(r -> r.status() == RunStatus.COMPLETED && r.customers() > 0)) {
                break;
            }
            Thread.sleep(200);
        }
        assertThat(scheduled).anySatisfy(r -> {
            assertThat(r.status()).isEqualTo(RunStatus.COMPLETED);
            assertThat(r.customers()).isEqualTo(SeedOrders.EXPECTED.size());
            assertThat(r.inputs()).extracting(i -> i.path()).containsExactly(null, "stream");
        });
        assertThat(scheduled).anySatisfy(r -> assertThat(r.status()).isEqualTo(RunStatus.SKIPPED));
    }
}
