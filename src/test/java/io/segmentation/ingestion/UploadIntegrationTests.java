package io.segmentation.ingestion;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import io.segmentation.SharedData;
import io.segmentation.segments.CustomerProfile;
import io.segmentation.segments.SegmentsView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.util.LinkedMultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;

/** Uploads over real HTTP on the embedded MongoDB: the reference figures of the real sample, and re-uploads. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureRestTestClient
@ActiveProfiles("test")
class UploadIntegrationTests {

    @Autowired
    RestTestClient http;

    @Autowired
    MongoOperations mongo;

    static LinkedMultiValueMap<String, Object> form(Resource file) {
        var form = new LinkedMultiValueMap<String, Object>();
        form.add("file", file);
        return form;
    }

    static Resource named(String name, byte[] bytes) {
        return new ByteArrayResource(bytes) {
            @Override
            public String getFilename() {
                return name;
            }
        };
    }

    @Test
    void theSameBytesAgainAnswer200WithTheOriginalReportAndStoreNothingTwice() throws IOException {
        byte[] bytes = ("InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country\n"
                + "900001,A,Thing,2,2011-01-05 10:00:00,3.50,99001.0,France\n"
                + "900002,A,Thing,1,2011-02-05 10:00:00,3.50,99002.0,France\n").getBytes(StandardCharsets.UTF_8);
        UploadReport first = http.post().uri("/uploads").contentType(MediaType.MULTIPART_FORM_DATA)
                .body(form(named("twice.csv", bytes))).exchange().expectStatus().isCreated()
                .expectHeader().valueMatches("Location", "/uploads/.+")
                .expectBody(UploadReport.class).returnResult().getResponseBody();
        long orders = mongo.getCollection("orderBuckets").countDocuments();
        long uploads = mongo.getCollection("uploads").countDocuments();

        UploadReport again = http.post().uri("/uploads").contentType(MediaType.MULTIPART_FORM_DATA)
                .body(form(named("renamed.csv", bytes))).exchange().expectStatus().isOk()
                .expectBody(UploadReport.class).returnResult().getResponseBody();

        assertThat(again.id()).isEqualTo(first.id());
        assertThat(again.sha256()).isEqualTo(first.sha256());
        assertThat(again.fileName()).isEqualTo("twice.csv");
        assertThat(mongo.getCollection("orderBuckets").countDocuments()).isEqualTo(orders);
        assertThat(mongo.getCollection("uploads").countDocuments()).isEqualTo(uploads);
        assertThat(http.get().uri("/uploads/" + first.id()).exchange().expectStatus().isOk()
                .expectBody(UploadReport.class).returnResult().getResponseBody().orders()).isEqualTo(2);
    }

    @Test
    void theMarketingCampaignFileIsRejectedWith422NamingTheMissingColumns() {
        Path file = SharedData.file("marketing_campaign.csv");
        assertRejectedAndNothingStored(new FileSystemResource(file), 422, "missing-columns", "Customer_ID", "InvoiceNo");
    }

    @Test
    void anEmptyFileIsRejectedWith400() {
        assertRejectedAndNothingStored(named("empty.csv", new byte[0]), 400, "empty-file", "empty");
    }

    @Test
    void aHeaderWithoutRowsIsRejectedWith400() {
        byte[] header = "InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country\r\n"
                .getBytes(StandardCharsets.UTF_8);
        assertRejectedAndNothingStored(named("header.csv", header), 400, "empty-file", "no data rows");
    }

    @Test
    void aBinaryFileIsRejectedWith400() {
        byte[] binary = new byte[4096];
        new java.util.Random(7).nextBytes(binary);
        binary[10] = 0;
        assertRejectedAndNothingStored(named("photo.csv", binary), 400, "unreadable-file", "binary");
    }

    @Test
    void anUnbalancedQuoteIsRejectedWith400() {
        byte[] bytes = ("InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country\n"
                + "900101,A,\"Thing,2,2011-01-05 10:00:00,3.50,99101.0,France\n"
                + "900102,A,Thing,1,2011-02-05 10:00:00,3.50,99102.0,France\n").getBytes(StandardCharsets.UTF_8);
        assertRejectedAndNothingStored(named("quote.csv", bytes), 400, "unreadable-file", "unbalanced quote");
    }

    @Test
    void rowsThatCannotBeParsedAreReportedWithTheirLineNumbers() {
        byte[] bytes = ("Customer_ID;Order_ID;Date;Total_Amount_LKR;Product_Category\r\n"
                + "CUST9001;ORD1;2024-03-01;12500.50;Womens\r\n"
                + "CUST9001;ORD2;yesterday;800;Kids\r\n"
                + "CUST9002;ORD3;2024-03-05;abc;Mens\r\n"
                + "CUST9002;ORD4;3/7/2024 10:15;900;Mens\r\n").getBytes(StandardCharsets.UTF_8);
        UploadReport report = http.post().uri("/uploads").contentType(MediaType.MULTIPART_FORM_DATA)
                .body(form(named("orders.csv", bytes))).exchange().expectStatus().isCreated()
                .expectBody(UploadReport.class).returnResult().getResponseBody();
        assertThat(report.layout()).isEqualTo("orders");
        assertThat(report.currency()).isEqualTo("LKR");
        assertThat(report.rows().accepted()).isEqualTo(2);
        assertThat(report.rejectedByReason()).containsEntry(io.segmentation.cleaning.RejectionReason.UNPARSEABLE, 2L);
        assertThat(report.errors()).extracting(e -> e.line()).containsExactly(3L, 4L);
        assertThat(report.errors().get(0).message()).contains("yesterday");
        assertThat(report.errors().get(1).message()).contains("abc");
    }

    private void assertRejectedAndNothingStored(Resource file, int status, String type, String... detailContains) {
        long orders = mongo.getCollection("orderBuckets").countDocuments();
        long uploads = mongo.getCollection("uploads").countDocuments();
        long files = mongo.getCollection("fs.files").countDocuments();
        Map<?, ?> problem = http.post().uri("/uploads").contentType(MediaType.MULTIPART_FORM_DATA).body(form(file))
                .exchange().expectStatus().isEqualTo(status)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody(Map.class).returnResult().getResponseBody();
        assertThat(problem.get("type")).isEqualTo("urn:segmentation:problem:" + type);
        assertThat((String) problem.get("detail")).contains(detailContains);
        assertThat(problem.containsKey("trace")).isFalse();
        assertThat(mongo.getCollection("orderBuckets").countDocuments()).isEqualTo(orders);
        assertThat(mongo.getCollection("uploads").countDocuments()).isEqualTo(uploads);
        assertThat(mongo.getCollection("fs.files").countDocuments()).isEqualTo(files);
    }

    private CustomerProfile customer(String id) {
        return http.get().uri("/customers/" + id).exchange().expectStatus().isOk()
                .expectBody(CustomerProfile.class).returnResult().getResponseBody();
    }

    static byte[] read(Path path) throws IOException {
        return Files.readAllBytes(path);
    }
}
