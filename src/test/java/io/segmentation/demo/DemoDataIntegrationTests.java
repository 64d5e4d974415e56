package io.segmentation.demo;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.util.LinkedMultiValueMap;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo data set never mixes with real data: its customer ids cannot be a real file's, and the first real upload
 * removes it, says so, and its run trains a fresh default model on the real customers.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"test.store=demo-data", "segmentation.demo-data.enabled=true", "segmentation.demo-data.lines=4000"})
@AutoConfigureRestTestClient
@ActiveProfiles("test")
class DemoDataIntegrationTests {

    @Autowired
    RestTestClient http;

    @Test
    void theFirstRealUploadReplacesTheDemoDataAndItsModel() {
        JsonNode uploads = get("/uploads").get("content");
        assertThat(uploads.size()).isEqualTo(1);
        assertThat(uploads.get(0).get("fileName").asString()).isEqualTo(DemoDataLoader.FILE_NAME);
        JsonNode demoCustomers = get("/customers?size=1000");
        assertThat(demoCustomers.get("totalElements").asLong()).isPositive();
        demoCustomers.get("content").forEach(c -> assertThat(c.get("customerId").asString()).startsWith("DEMO-"));
        int demoModel = get("/health").get("model").asInt();

        StringBuilder csv = new StringBuilder("InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country\n");
        for (int c = 0; c < 60; c++) {
            for (int o = 0; o <= c % 4; o++) {
                csv.append(500_000 + c * 10 + o).append(",A,Thing,").append(1 + o).append(',')
                        .append(LocalDate.of(2011, 1 + (c + o) % 11, 1 + c % 27)).append(" 10:00:00,2.5,")
                        .append(12_346 + c).append(".0,United Kingdom\n");
            }
        }
        var form = new LinkedMultiValueMap<String, Object>();
        form.add("file", new ByteArrayResource(csv.toString().getBytes(StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return "real.csv";
            }
        });
        JsonNode report = http.post().uri("/uploads").contentType(MediaType.MULTIPART_FORM_DATA).body(form).exchange()
                .expectStatus().isCreated().expectBody(JsonNode.class).returnResult().getResponseBody();

        assertThat(report.get("notes").toString()).contains("The demo data set was removed");
        assertThat(report.get("run").get("status").asString()).isEqualTo("COMPLETED");
        JsonNode after = get("/uploads").get("content");
        assertThat(after.size()).isEqualTo(1);
        assertThat(after.get(0).get("fileName").asString()).isEqualTo("real.csv");
        JsonNode customers = get("/customers?size=1000");
        assertThat(customers.get("totalElements").asLong()).isEqualTo(60);
        customers.get("content").forEach(c -> assertThat(c.get("customerId").asString()).doesNotStartWith("DEMO-"));
        JsonNode c12347 = get("/customers/12347");
        assertThat(c12347.get("frequency").asInt()).isEqualTo(2);
        assertThat(c12347.get("monetary").asDouble()).isEqualTo(2.5 + 5.0);
        JsonNode health = get("/health");
        assertThat(health.get("model").asInt()).as("a fresh model, not the demo's").isGreaterThan(demoModel);
        assertThat(get("/models/" + health.get("model").asInt()).get("runId").asString())
                .isEqualTo(report.get("run").get("id").asString());
        JsonNode profile = get("/customers/12347");
        assertThat(profile.get("cluster").asString()).startsWith("cluster-");
        assertThat(profile.get("model").asString()).isEqualTo("default");
        assertThat(profile.get("modelVersion").asInt()).as("the cluster id names its model version")
                .isEqualTo(health.get("model").asInt());
    }

    private JsonNode get(String uri) {
        return http.get().uri(uri).exchange().expectStatus().isOk().expectBody(JsonNode.class).returnResult()
                .getResponseBody();
    }
}
