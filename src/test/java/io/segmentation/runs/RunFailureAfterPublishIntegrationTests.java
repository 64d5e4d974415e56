package io.segmentation.runs;

import java.time.Instant;

import io.segmentation.UploadForms;
import io.segmentation.segments.Publication;
import io.segmentation.segments.ResultWriter;
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
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.reset;

/** A run that fails after it was published keeps its published results, in the request and after a restart. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "test.store=after-publish")
@AutoConfigureRestTestClient
@ActiveProfiles("test")
class RunFailureAfterPublishIntegrationTests {

    @Autowired
    RestTestClient http;

    @Autowired
    RunService service;

    @Autowired
    RunStore runs;

    @Autowired
    ResultWriter results;

    @MockitoSpyBean
    ClusterAssignment clusters;

    @Test
    void aFailureAfterPublishingKeepsTheNewResultsAndRecordsTheRunCompletedWithTheError() {
        upload("A1,ORD1,2024-05-01,10.00\nA2,ORD2,2024-05-02,20.00\n");
        doThrow(new IllegalStateException("simulated failure after publishing")).when(clusters)
                .published(anyString(), any());

        http.post().uri("/runs").contentType(MediaType.APPLICATION_JSON).body("{\"force\":true}").exchange()
                .expectStatus().is5xxServerError();
        reset(clusters);

        Run latest = service.newest().orElseThrow();
        assertThat(latest.status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(latest.error()).contains("after publishing", "simulated failure");
        SegmentsView segments = http.get().uri("/segments").exchange().expectStatus().isOk()
                .expectBody(SegmentsView.class).returnResult().getResponseBody();
        assertThat(segments.runId()).isEqualTo(latest.id());
        http.get().uri("/customers/A1").exchange().expectStatus().isOk();
    }

    @Test
    void aRunLeftRunningAfterItWasPublishedIsRecoveredAsCompletedWithItsResults() {
        upload("B1,ORD1,2024-05-01,10.00\n");
        Run done = service.newest().orElseThrow();
        // the state a stop right after publishing leaves: the publication names a run still recorded RUNNING
        runs.save(new Run(done.id(), done.trigger(), RunStatus.RUNNING, done.asOfSetting(), done.asOf(),
                done.startedAt(), null, done.batches(), done.orders(), done.customers(), done.dataFingerprint(),
                done.phaseMillis(), null));
        results.publish(Publication.of(done.id(), done.asOf(), done.customers(), Instant.now()));

        service.recoverInterrupted();

        assertThat(service.get(done.id()).status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(service.get(done.id()).error()).contains("Published");
        http.get().uri("/customers/B1").exchange().expectStatus().isOk();
    }

    private void upload(String rows) {
        var form = UploadForms.csv("after-publish.csv", "Customer_ID,Order_ID,Date,Total_Amount\n" + rows);
        http.post().uri("/uploads").contentType(MediaType.MULTIPART_FORM_DATA).body(form).exchange()
                .expectStatus().is2xxSuccessful();
    }
}
