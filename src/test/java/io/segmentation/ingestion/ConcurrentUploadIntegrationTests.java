package io.segmentation.ingestion;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import io.segmentation.StoredOrders;
import io.segmentation.segments.SegmentProfile;
import io.segmentation.segments.SegmentsView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.client.EntityExchangeResult;
import org.springframework.test.web.servlet.client.RestTestClient;

import static io.segmentation.ingestion.UploadIntegrationTests.form;
import static io.segmentation.ingestion.UploadIntegrationTests.named;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Uploads at the same moment: different files all complete and the published totals are exact; the same bytes sent
 * several times at once are stored once (one 201; the others 200 with the same report, or 409 while it is still being
 * processed, after which a retry answers 200).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {"test.store=concurrent",
        "segmentation.rate-limit.enabled=false"})
@AutoConfigureRestTestClient
@ActiveProfiles("test")
class ConcurrentUploadIntegrationTests {

    private static final int FILES = 6;
    private static final int CUSTOMERS_PER_FILE = 40;
    private static final int ORDERS_PER_CUSTOMER = 3;

    @Autowired
    RestTestClient http;

    @Autowired
    MongoOperations mongo;

    private final ExecutorService pool = Executors.newFixedThreadPool(FILES);

    @AfterEach
    void stopPool() {
        pool.shutdownNow();
    }

    @Test
    void differentFilesAtOnceAllCompleteAndTheTotalsAreExact() throws Exception {
        List<Callable<EntityExchangeResult<UploadReport>>> uploads = new ArrayList<>();
        for (int f = 0; f < FILES; f++) {
            byte[] bytes = file("P" + f);
            String name = "part-" + f + ".csv";
            uploads.add(() -> http.post().uri("/uploads").contentType(MediaType.MULTIPART_FORM_DATA)
                    .body(form(named(name, bytes))).exchange().expectBody(UploadReport.class).returnResult());
        }

        List<EntityExchangeResult<UploadReport>> results = all(uploads);

        assertThat(results).allSatisfy(r -> assertThat(r.getStatus().value()).isEqualTo(201));
        assertThat(results).allSatisfy(r -> assertThat(r.getResponseBody().orders())
                .isEqualTo(CUSTOMERS_PER_FILE * ORDERS_PER_CUSTOMER));
        long customers = (long) FILES * CUSTOMERS_PER_FILE;
        assertThat(mongo.getCollection("uploads").countDocuments()).isEqualTo(FILES);
        assertThat(StoredOrders.count(mongo.getCollection("orderBuckets"))).isEqualTo(customers * ORDERS_PER_CUSTOMER);
        assertThat(mongo.getCollection("fs.files").countDocuments()).isEqualTo(FILES);

        SegmentsView view = http.get().uri("/segments?scheme=rfm").exchange().expectStatus().isOk()
                .expectBody(SegmentsView.class).returnResult().getResponseBody();
        assertThat(view.customers()).isEqualTo(customers);
        assertThat(view.segments().stream().mapToLong(SegmentProfile::customers).sum()).isEqualTo(customers);
        assertThat(view.segments().stream().mapToDouble(SegmentProfile::revenue).sum())
                .isCloseTo(customers * ORDERS_PER_CUSTOMER * 12.5, within(1e-6));
    }

    @Test
    void theSameFileSeveralTimesAtOnceIsStoredOnce() throws Exception {
        byte[] bytes = file("SAME");
        long uploadsBefore = mongo.getCollection("uploads").countDocuments();
        long ordersBefore = StoredOrders.count(mongo.getCollection("orderBuckets"));
        List<Callable<EntityExchangeResult<Map>>> uploads = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            uploads.add(() -> http.post().uri("/uploads").contentType(MediaType.MULTIPART_FORM_DATA)
                    .body(form(named("same.csv", bytes))).exchange().expectBody(Map.class).returnResult());
        }

        List<EntityExchangeResult<Map>> results = all(uploads);

        List<Integer> statuses = results.stream().map(r -> r.getStatus().value()).toList();
        assertThat(statuses).containsOnlyOnce(201).allMatch(s -> s == 201 || s == 200 || s == 409);
        String id = (String) results.stream().filter(r -> r.getStatus().value() == 201).findFirst().orElseThrow()
                .getResponseBody().get("id");
        results.stream().filter(r -> r.getStatus().value() == 200)
                .forEach(r -> assertThat(r.getResponseBody().get("id")).isEqualTo(id));
        results.stream().filter(r -> r.getStatus().value() == 409).forEach(r -> {
            assertThat(r.getResponseBody().get("detail")).asString().contains(id, "retry");
            assertThat(r.getResponseHeaders().getFirst("Retry-After")).isEqualTo("5");
        });
        assertThat(mongo.getCollection("uploads").countDocuments()).isEqualTo(uploadsBefore + 1);
        assertThat(StoredOrders.count(mongo.getCollection("orderBuckets")))
                .isEqualTo(ordersBefore + CUSTOMERS_PER_FILE * ORDERS_PER_CUSTOMER);

        UploadReport again = http.post().uri("/uploads").contentType(MediaType.MULTIPART_FORM_DATA)
                .body(form(named("same.csv", bytes))).exchange().expectStatus().isOk()
                .expectBody(UploadReport.class).returnResult().getResponseBody();
        assertThat(again.id()).isEqualTo(id);
    }

    /** Runs the calls at the same moment (all threads released by one latch) and waits for every answer. */
    private <T> List<T> all(List<Callable<T>> calls) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<T>> futures = new ArrayList<>();
        for (Callable<T> call : calls) {
            futures.add(pool.submit(() -> {
                start.await();
                return call.call();
            }));
        }
        start.countDown();
        List<T> results = new ArrayList<>();
        for (Future<T> future : futures) {
            results.add(future.get(3, TimeUnit.MINUTES));
        }
        return results;
    }

    /** Order-level file: CUSTOMERS_PER_FILE customers with ORDERS_PER_CUSTOMER orders of 12.50 each. */
    private static byte[] file(String prefix) {
        StringBuilder csv = new StringBuilder("Customer_ID,Order_ID,Date,Total_Amount\n");
        for (int c = 0; c < CUSTOMERS_PER_FILE; c++) {
            for (int o = 0; o < ORDERS_PER_CUSTOMER; o++) {
                csv.append(prefix).append("-C").append(c).append(',').append(prefix).append("-O").append(c).append('-')
                        .append(o).append(",2024-0").append(1 + o).append("-1").append(c % 10).append(",12.50\n");
            }
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }
}
