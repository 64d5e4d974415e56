package io.segmentation.ingestion;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.List;

import io.segmentation.SharedData;
import io.segmentation.segments.CustomerProfile;
import io.segmentation.segments.SegmentsView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.FileSystemResource;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.client.RestTestClient;

import static io.segmentation.ingestion.UploadIntegrationTests.form;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reference figures of ../shared/data/README.md, reproduced over HTTP from an upload of the real sample into a
 * store of its own (the property only keeps this context apart from other tests' data).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "test.store=reference-figures")
@AutoConfigureRestTestClient
@ActiveProfiles("test")
class ReferenceFiguresIntegrationTests {

    @Autowired
    RestTestClient http;

    @Test
    void uploadingTheRealSampleReproducesTheReferenceFigures() throws IOException {
        Path sample = SharedData.file("online_retail_sample_30k.csv");
        UploadReport report = http.post().uri("/uploads").contentType(MediaType.MULTIPART_FORM_DATA)
                .body(form(new FileSystemResource(sample))).exchange()
                .expectStatus().value(status -> assertThat(status).isIn(200, 201))
                .expectBody(UploadReport.class).returnResult().getResponseBody();

        assertThat(report.rows().read()).isEqualTo(30_000);
        assertThat(report.rows().accepted()).isEqualTo(27_357);
        assertThat(report.customers()).isEqualTo(3_546);
        assertThat(report.orders()).isEqualTo(11_206);
        assertThat(report.run().status()).isEqualTo("COMPLETED");

        String csv = http.get().uri("/customers").accept(MediaType.parseMediaType("text/csv")).exchange()
                .expectStatus().isOk()
                .expectHeader().valueMatches("Content-Disposition", "attachment;.*")
                .expectBody(String.class).returnResult().getResponseBody();
        List<String[]> rows = csv.lines().skip(1).map(line -> line.split(",", -1)).toList();
        assertThat(rows).hasSize(3_546);
        long sumF = rows.stream().mapToLong(r -> Long.parseLong(r[3])).sum();
        BigDecimal sumM = rows.stream().map(r -> new BigDecimal(r[4])).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(sumF).isEqualTo(11_206);
        assertThat(sumM.setScale(2, RoundingMode.HALF_UP)).isEqualByComparingTo("575411.79");

        CustomerProfile c12347 = customer("12347");
        assertThat(c12347.recencyDays()).isEqualTo(40);
        assertThat(c12347.frequency()).isEqualTo(4);
        assertThat(c12347.monetary()).isEqualTo(453.00);
        CustomerProfile c12348 = customer("12348");
        assertThat(c12348.recencyDays()).isEqualTo(249);
        assertThat(c12348.frequency()).isEqualTo(3);
        assertThat(c12348.monetary()).isEqualTo(333.04);

        SegmentsView rfm = http.get().uri("/segments?scheme=rfm").exchange().expectStatus().isOk()
                .expectBody(SegmentsView.class).returnResult().getResponseBody();
        assertThat(rfm.customers()).isEqualTo(3_546);
        assertThat(rfm.segments()).hasSize(11);
        assertThat(rfm.segments().stream().mapToLong(s -> s.customers()).sum()).isEqualTo(3_546);
    }

    @Test
    void spendingClassesSplitTheRealSampleByItsOwnAmounts() throws IOException {
        Path sample = SharedData.file("online_retail_sample_30k.csv");
        UploadReport report = http.post().uri("/uploads").contentType(MediaType.MULTIPART_FORM_DATA)
                .body(form(new FileSystemResource(sample))).exchange()
                .expectStatus().value(status -> assertThat(status).isIn(200, 201))
                .expectBody(UploadReport.class).returnResult().getResponseBody();
        tools.jackson.databind.JsonNode run = http.get().uri("/runs/" + report.run().id()).exchange()
                .expectStatus().isOk().expectBody(tools.jackson.databind.JsonNode.class).returnResult()
                .getResponseBody();
        tools.jackson.databind.JsonNode spending = run.get("spending");
        assertThat(spending.get("mode").asString()).isEqualTo("percentiles");

        SegmentsView rules = http.get().uri("/segments?scheme=rules").exchange().expectStatus().isOk()
                .expectBody(SegmentsView.class).returnResult().getResponseBody();
        java.util.Map<String, Long> classes = new java.util.HashMap<>();
        rules.segments().stream().filter(s -> s.id().endsWith("-value"))
                .forEach(s -> classes.put(s.id(), s.customers()));
        assertThat(classes.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(3_546);
        // nearest-rank percentiles: 30% or a few more (ties) low-value, at least 20% high-value
        assertThat(classes.get("low-value")).isBetween(1_063L, 1_200L);
        assertThat(classes.get("high-value")).isBetween(709L, 1_100L);
        assertThat(classes.get("medium-value")).isPositive();

        String actions = http.get().uri("/recommendations/12347").exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(actions.contains("VIP") && actions.contains("cheap automated suggestions")).isFalse();
    }

    private CustomerProfile customer(String id) {
        return http.get().uri("/customers/" + id).exchange().expectStatus().isOk()
                .expectBody(CustomerProfile.class).returnResult().getResponseBody();
    }
}
