package io.segmentation.storage;

import java.nio.charset.StandardCharsets;

import io.segmentation.ingestion.UploadReport;
import io.segmentation.segments.CustomerProfile;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.util.LinkedMultiValueMap;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.mongodb.MongoDBContainer;

import static org.assertj.core.api.Assertions.assertThat;

/** The service against a real MongoDB 8 in a container; skipped where there is no Docker. */
@Testcontainers(disabledWithoutDocker = true)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureRestTestClient
@ActiveProfiles("test")
class RealMongoIntegrationTests {

    @Container
    @ServiceConnection
    static MongoDBContainer mongo = new MongoDBContainer("mongo:8.0.4");

    @Autowired
    RestTestClient http;

    @Autowired
    ApplicationContext context;

    @Test
    void usesTheContainerNotTheEmbeddedServer() {
        assertThat(context.getBeanNamesForType(de.bwaldvogel.mongo.MongoServer.class)).isEmpty();
    }

    @Test
    void anUploadIsStoredAndSegmentedOnRealMongo() {
        byte[] csv = ("Customer_ID,Order_ID,Date,Total_Amount\nR1,O1,2024-01-10,100\nR1,O2,2024-02-10,50\n"
                + "R2,O3,2024-02-11,20\n").getBytes(StandardCharsets.UTF_8);
        var form = new LinkedMultiValueMap<String, Object>();
        form.add("file", new ByteArrayResource(csv) {
            @Override
            public String getFilename() {
                return "real.csv";
            }
        });
        UploadReport report = http.post().uri("/uploads").contentType(MediaType.MULTIPART_FORM_DATA).body(form)
                .exchange().expectStatus().isCreated().expectBody(UploadReport.class).returnResult().getResponseBody();
        assertThat(report.orders()).isEqualTo(3);
        CustomerProfile r1 = http.get().uri("/customers/R1").exchange().expectStatus().isOk()
                .expectBody(CustomerProfile.class).returnResult().getResponseBody();
        assertThat(r1.frequency()).isEqualTo(2);
        assertThat(r1.monetary()).isEqualTo(150.0);
        assertThat(r1.recencyDays()).isEqualTo(2);
    }
}
