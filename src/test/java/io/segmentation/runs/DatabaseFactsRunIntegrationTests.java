package io.segmentation.runs;

import static org.assertj.core.api.Assertions.assertThat;

import io.segmentation.SharedData;
import io.segmentation.ingestion.UploadReport;
import io.segmentation.segments.CustomerProfile;
import org.junit.jupiter.api.Test;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.FileSystemResource;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A run after an upload on the database path, end to end on the embedded store: the run reads the upload's orders
 * through MongoDB's per-customer groups and publishes the reference figures of the Online Retail sample.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"segmentation.runs.customer-facts=database", "segmentation.storage.read-timeout=600s"})
@AutoConfigureRestTestClient
@ActiveProfiles("test")
class DatabaseFactsRunIntegrationTests {

    @Autowired
    RestTestClient http;

    @Test
    void aRunOnTheDatabasePathPublishesTheSamplesReferenceFigures() {
        var form = new LinkedMultiValueMap<String, Object>();
        form.add("file", new FileSystemResource(SharedData.file("online_retail_sample_30k.csv")));
        UploadReport report = http.post().uri("/uploads").contentType(MediaType.MULTIPART_FORM_DATA).body(form)
                .exchange().expectStatus().isCreated().expectBody(UploadReport.class).returnResult().getResponseBody();
        Run run = http.get().uri("/runs/" + report.run().id()).exchange().expectStatus().isOk()
                .expectBody(Run.class).returnResult().getResponseBody();
        assertThat(run.status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(run.orders()).isEqualTo(11_206);
        assertThat(run.customers()).isEqualTo(3_546);
        assertThat(run.inputs()).singleElement().satisfies(input -> {
            assertThat(input.kind()).isEqualTo("uploads");
            assertThat(input.documentsRead()).isEqualTo(11_206);
        });
        CustomerProfile c = http.get().uri("/customers/12347").exchange().expectStatus().isOk()
                .expectBody(CustomerProfile.class).returnResult().getResponseBody();
        assertThat(c.recencyDays()).isEqualTo(40);
        assertThat(c.frequency()).isEqualTo(4);
        assertThat(c.monetary()).isEqualTo(453.0);
        assertThat(c.clv()).isNotNull();
    }
}
