package io.segmentation.ingestion;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import io.segmentation.StoredOrders;
import io.segmentation.purchases.Order;
import io.segmentation.purchases.OrderStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.servlet.client.RestTestClient;

import static io.segmentation.ingestion.UploadIntegrationTests.form;
import static io.segmentation.ingestion.UploadIntegrationTests.named;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.reset;

/** An upload that fails after part of its orders were written leaves no orders, file or record behind. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "test.store=failed-upload")
@AutoConfigureRestTestClient
@ActiveProfiles("test")
class FailedUploadIntegrationTests {

    @Autowired
    RestTestClient http;

    @Autowired
    MongoOperations mongo;

    @MockitoSpyBean
    OrderStore orders;

    @Test
    void aFailureHalfWayThroughWritingOrdersLeavesNothingBehindAndTheSameFileSucceedsLater() {
        StringBuilder csv = new StringBuilder("Customer_ID,Order_ID,Date,Total_Amount\n");
        for (int i = 0; i < 50; i++) {
            csv.append("F").append(i % 7).append(",ORD").append(i).append(",2024-05-").append(10 + i % 9).append(",10.00\n");
        }
        byte[] bytes = csv.toString().getBytes(StandardCharsets.UTF_8);
        doAnswer(call -> {
            List<Order> all = call.getArgument(1);
            call.callRealMethod(); // all orders written ...
            assertThat(StoredOrders.count(mongo.getCollection("orderBuckets"))).isEqualTo(all.size());
            throw new DataAccessResourceFailureException("simulated: MongoDB lost during the upload");
        }).when(orders).insert(anyString(), any());

        Map<?, ?> problem = http.post().uri("/uploads").contentType(MediaType.MULTIPART_FORM_DATA)
                .body(form(named("half.csv", bytes))).exchange()
                .expectStatus().isEqualTo(503)
                .expectBody(Map.class).returnResult().getResponseBody();
        assertThat(problem.get("type")).isEqualTo("urn:segmentation:problem:database-unavailable");
        assertThat(StoredOrders.count(mongo.getCollection("orderBuckets"))).isZero();
        assertThat(mongo.getCollection("uploads").countDocuments()).isZero();
        assertThat(mongo.getCollection("fs.files").countDocuments()).isZero();

        reset(orders);
        UploadReport report = http.post().uri("/uploads").contentType(MediaType.MULTIPART_FORM_DATA)
                .body(form(named("half.csv", bytes))).exchange().expectStatus().isCreated()
                .expectBody(UploadReport.class).returnResult().getResponseBody();
        assertThat(report.orders()).isEqualTo(50);
        assertThat(StoredOrders.count(mongo.getCollection("orderBuckets"))).isEqualTo(50);
    }

    @Test
    void anUploadWhoseOrdersDoNotFitTheHeapIsA413AndLeavesNothingBehind() {
        byte[] bytes = "Customer_ID,Order_ID,Date,Total_Amount\nH1,ORD1,2024-05-10,10.00\n".getBytes(StandardCharsets.UTF_8);
        long uploads = mongo.getCollection("uploads").countDocuments();
        long buckets = mongo.getCollection("orderBuckets").countDocuments();
        long files = mongo.getCollection("fs.files").countDocuments();
        doThrow(new OutOfMemoryError("Java heap space")).when(orders).insert(anyString(), any());

        Map<?, ?> problem = http.post().uri("/uploads").contentType(MediaType.MULTIPART_FORM_DATA)
                .body(form(named("heavy.csv", bytes))).exchange()
                .expectStatus().isEqualTo(413)
                .expectBody(Map.class).returnResult().getResponseBody();
        assertThat(problem.get("type")).isEqualTo("urn:segmentation:problem:upload-limit-exceeded");
        assertThat(problem.get("limit")).isEqualTo("-Xmx");
        assertThat((String) problem.get("detail")).contains("heap", "nothing of it was stored", "smaller uploads");
        assertThat(mongo.getCollection("uploads").countDocuments()).isEqualTo(uploads);
        assertThat(mongo.getCollection("orderBuckets").countDocuments()).isEqualTo(buckets);
        assertThat(mongo.getCollection("fs.files").countDocuments()).isEqualTo(files);
        reset(orders);
    }
}
