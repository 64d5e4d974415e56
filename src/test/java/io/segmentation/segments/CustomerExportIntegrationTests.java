package io.segmentation.segments;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.util.LinkedMultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The CSV export is safe to open in a spreadsheet: customer ids and countries that start with {@code =}, {@code +},
 * {@code -} or {@code @} come out with a leading apostrophe, numbers stay plain numbers, and the answer is an
 * attachment. (Leading tabs and carriage returns never reach the export: ingestion trims text fields; CsvCellsTests
 * covers them.) Also: POST /runs accepts unknown fields and a missing {@code force}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "test.store=export")
@AutoConfigureRestTestClient
@ActiveProfiles("test")
class CustomerExportIntegrationTests {

    private static final List<String> HOSTILE_IDS = List.of("=HYPERLINK(\"http://evil.example\",\"Click\")",
            "+SUM(A1:A9)", "-2+3", "@cmd|' /C calc'!A0");

    @Autowired
    RestTestClient http;

    @Autowired
    MongoOperations mongo;

    @BeforeEach
    void uploadHostileCustomers() {
        if (mongo.getCollection("uploads").countDocuments() > 0) {
            return;
        }
        StringBuilder csv = new StringBuilder("InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country\n");
        int invoice = 700_000;
        for (String id : HOSTILE_IDS) {
            csv.append(invoice++).append(",A,Thing,2,2011-03-05 10:00:00,5.25,\"").append(id.replace("\"", "\"\""))
                    .append("\",=1+1\n");
        }
        csv.append(invoice).append(",A,Thing,4,2011-03-06 10:00:00,2.50,12347,Iceland\n");
        var form = new LinkedMultiValueMap<String, Object>();
        form.add("file", new ByteArrayResource(csv.toString().getBytes(StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return "hostile.csv";
            }
        });
        http.post().uri("/uploads").contentType(MediaType.MULTIPART_FORM_DATA).body(form).exchange()
                .expectStatus().isCreated();
    }

    @Test
    void neutralisesFormulaCellsKeepsNumbersAndIsAnAttachment() throws Exception {
        var result = http.get().uri("/customers").accept(MediaType.parseMediaType("text/csv")).exchange()
                .expectStatus().isOk()
                .expectHeader().valueMatches(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"customers\\.csv\"")
                .expectHeader().contentTypeCompatibleWith(MediaType.parseMediaType("text/csv"))
                .expectBody(String.class).returnResult();
        List<CsvRecord> records;
        try (var reader = CsvReader.builder().ofCsvRecord(new StringReader(result.getResponseBody()))) {
            records = reader.stream().toList();
        }
        List<String> header = records.get(0).getFields();
        Map<String, CsvRecord> byId = records.stream().skip(1)
                .collect(Collectors.toMap(r -> r.getField(0), Function.identity()));

        assertThat(byId).hasSize(HOSTILE_IDS.size() + 1);
        for (String id : HOSTILE_IDS) {
            CsvRecord row = byId.get("'" + id);
            assertThat(row).as("row of %s", id).isNotNull();
            assertThat(row.getField(header.indexOf("country"))).isEqualTo("'=1+1");
            assertThat(row.getField(header.indexOf("frequency"))).isEqualTo("1");
            assertThat(row.getField(header.indexOf("monetary"))).isEqualTo("10.5");
            assertThat(row.getField(header.indexOf("recencyDays"))).matches("\\d+");
            assertThat(row.getField(header.indexOf("rfmScore"))).matches("[1-5]{3}");
        }
        CsvRecord plain = byId.get("12347");
        assertThat(plain.getField(header.indexOf("country"))).isEqualTo("Iceland");
        assertThat(plain.getField(header.indexOf("monetary"))).isEqualTo("10.0");
        assertThat(plain.getField(header.indexOf("recencyDays"))).isEqualTo("1");
        for (CsvRecord row : records.subList(1, records.size())) {
            for (String column : List.of("recencyDays", "frequency", "monetary", "averageOrderValue", "tenureDays",
                    "rScore", "fScore", "mScore")) {
                assertThat(row.getField(header.indexOf(column))).as(column).matches("-?\\d+(\\.\\d+)?(E-?\\d+)?");
            }
        }
        assertThat(result.getResponseBody()).doesNotContain("\n=", ",=", ",+", ",@");
    }

    @Test
    void theJsonApiReturnsTheIdsUnchanged() {
        Map<?, ?> page = http.get().uri("/customers?size=10").exchange().expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody();
        List<Object> ids = ((List<?>) page.get("content")).stream().map(c -> ((Map<?, ?>) c).get("customerId"))
                .map(Object.class::cast).toList();
        assertThat(ids).containsAll(List.copyOf(HOSTILE_IDS));
    }

    @Test
    void runsAcceptUnknownFieldsAndAMissingForce() {
        http.post().uri("/runs").contentType(MediaType.APPLICATION_JSON)
                .body("{\"asOf\": \"auto\", \"force\": true, \"colour\": \"blue\"}").exchange().expectStatus().isCreated();
        Map<?, ?> skipped = http.post().uri("/runs").contentType(MediaType.APPLICATION_JSON).body("{\"asOf\": \"auto\"}")
                .exchange().expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
        assertThat(skipped.get("status")).isEqualTo("SKIPPED");
    }
}
