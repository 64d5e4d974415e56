package io.segmentation.runs;

import java.util.Map;

import io.segmentation.UploadForms;
import io.segmentation.ingestion.UploadReport;
import io.segmentation.segments.SegmentsView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doThrow;

/**
 * A run that runs out of heap is recorded FAILED with a message saying what to do, its partial results are removed,
 * the previous results stay published, and an upload that triggered it still answers 201: its orders are committed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "test.store=run-oom")
@AutoConfigureRestTestClient
@ActiveProfiles("test")
class RunOutOfMemoryIntegrationTests {

    @Autowired
    RestTestClient http;

    @MockitoSpyBean
    ClusterAssignment clusters;

    @Test
    void aRunOutOfHeapIsRecordedFailedAndTheUploadThatTriggeredItIsStillStored() {
        UploadReport first = upload("first.csv", "A1,ORD1,2024-05-01,10.00\nA2,ORD2,2024-05-02,20.00\n");
        assertThat(first.run().status()).isEqualTo("COMPLETED");
        String published = first.run().id();

        doThrow(new OutOfMemoryError("Java heap space")).when(clusters).assign(anyString(), any(), any(), anyBoolean());
        UploadReport second = upload("second.csv", "B1,ORD9,2024-05-03,30.00\n");
        assertThat(second.orders()).isEqualTo(1);
        assertThat(second.run().status()).isEqualTo("FAILED");
        assertThat(second.run().error()).contains("ran out of memory", "-Xmx", "POST /runs");
        http.get().uri("/uploads/{id}", second.id()).exchange().expectStatus().isOk();

        http.post().uri("/runs").contentType(MediaType.APPLICATION_JSON).body("{\"force\":true}").exchange()
                .expectStatus().isEqualTo(500)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody(Map.class).value(p -> {
                    assertThat(p.get("type")).isEqualTo("urn:segmentation:problem:run-out-of-memory");
                    assertThat((String) p.get("detail")).contains("larger heap");
                    assertThat(p.get("runId")).isNotNull();
                });
        SegmentsView segments = http.get().uri("/segments").exchange().expectStatus().isOk()
                .expectBody(SegmentsView.class).returnResult().getResponseBody();
        assertThat(segments.runId()).isEqualTo(published);

        org.mockito.Mockito.reset(clusters);
        Run recovered = http.post().uri("/runs").contentType(MediaType.APPLICATION_JSON).body("{\"force\":true}")
                .exchange().expectStatus().isCreated().expectBody(Run.class).returnResult().getResponseBody();
        assertThat(recovered.status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(recovered.customers()).isEqualTo(3);
    }

    private UploadReport upload(String name, String rows) {
        var form = UploadForms.csv(name, "Customer_ID,Order_ID,Date,Total_Amount\n" + rows);
        return http.post().uri("/uploads").contentType(MediaType.MULTIPART_FORM_DATA).body(form).exchange()
                .expectStatus().isCreated().expectBody(UploadReport.class).returnResult().getResponseBody();
    }
}
