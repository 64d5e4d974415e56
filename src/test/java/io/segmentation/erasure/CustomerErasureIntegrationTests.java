package io.segmentation.erasure;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.segmentation.ingestion.KeptFiles;
import io.segmentation.purchases.OrderStore;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.gridfs.GridFsTemplate;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.util.LinkedMultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * DELETE /customers/{id} over HTTP: afterwards the customer is in no profile, page, export, stored order, kept file
 * (CSV and XLSX) or stored delta; the answer counts what went; the audit record names no one; an erasure that
 * stopped half-way is finished by the same request; an unknown customer is a 404.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "test.store=erasure")
@AutoConfigureRestTestClient
@ActiveProfiles("test")
class CustomerErasureIntegrationTests {

    private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
    };
    private static final String HEADER = "InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country";

    @Autowired
    RestTestClient http;

    @Autowired
    MongoOperations mongo;

    @Autowired
    GridFsTemplate files;

    @Autowired
    OrderStore orders;

    @Autowired
    KeptFiles keptFiles;

    @BeforeEach
    void uploadACsvAndAWorkbookThenRunAgain() throws IOException {
        if (mongo.getCollection("uploads").countDocuments() > 0) {
            return;
        }
        upload("march.csv", csv().getBytes(StandardCharsets.UTF_8), HttpStatusCreated.YES);
        upload("april.xlsx", xlsx(), HttpStatusCreated.YES);
        http.post().uri("/runs?force=true").exchange().expectStatus().isCreated();
    }

    @Test
    void removesTheCustomerFromEveryStoreAndKeepsOnlyACountingAuditRecord() throws IOException {
        http.get().uri("/customers/E01").exchange().expectStatus().isOk();
        Map<String, Object> report = http.delete().uri("/customers/E01").exchange().expectStatus().isOk()
                .expectBody(JSON).returnResult().getResponseBody();
        @SuppressWarnings("unchecked")
        Map<String, Object> removed = (Map<String, Object>) report.get("removed");
        assertThat(removed).containsEntry("orders", 5).containsEntry("fileLines", 6).containsEntry("files", 2)
                .containsEntry("profiles", 2);
        assertThat(((Number) removed.get("historyEntries")).intValue()).isGreaterThanOrEqualTo(3);
        @SuppressWarnings("unchecked")
        Map<String, Object> run = (Map<String, Object>) report.get("run");
        assertThat(run).containsEntry("status", "COMPLETED");
        assertThat(http.get().uri("/segments").exchange().expectBody(JSON).returnResult().getResponseBody())
                .containsEntry("runId", run.get("id"));

        http.get().uri("/customers/E01").exchange().expectStatus().isNotFound();
        String page = http.get().uri("/customers?size=1000").exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(page).contains("\"C02\"").doesNotContain("E01");
        String export = http.get().uri("/customers").accept(MediaType.parseMediaType("text/csv")).exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
        assertThat(export).contains("C02").doesNotContain("E01");
        for (String runId : runIds()) {
            assertThat(http.get().uri("/segments/changes?size=1000&run=" + runId).exchange().expectStatus().isOk()
                    .expectBody(String.class).returnResult().getResponseBody()).doesNotContain("E01");
        }
        assertThat(mongo.exists(Query.query(Criteria.where("orders.customerId").is("E01")), "orderBuckets")).isFalse();
        List<String> salesBatches = mongo.getCollection("product_sales").distinct("batchId", String.class)
                .into(new ArrayList<>());
        List<String> salesCustomers = new ArrayList<>();
        orders.forEachProductSale(salesBatches, sale -> salesCustomers.add(sale.customerId()), new java.util.HashMap<>());
        assertThat(salesCustomers).isNotEmpty().contains("C02").doesNotContain("E01");
        assertThat(mongo.exists(Query.query(Criteria.where("customers").is("E01")), "product_sales")).isFalse();
        assertThat(mongo.exists(Query.query(Criteria.where("profile.customerId").is("E01")), "customers")).isFalse();
        assertThat(mongo.getCollection("dashboard_aggregates").find().into(new ArrayList<>()).toString())
                .doesNotContain("E01");

        List<String> kept = keptTables();
        assertThat(kept).hasSize(2).allSatisfy(table -> assertThat(table).doesNotContain("E01").contains("C02"));
        assertThat(kept.get(0).lines()).hasSize(1 + 2 * 3); // header + C02, C03, C04 rows of march.csv

        List<Document> audit = mongo.getCollection("erasures").find().into(new ArrayList<>());
        assertThat(audit).hasSize(1);
        assertThat(audit.get(0).toJson()).doesNotContain("E01").contains("erasedAt").contains("fileLines");
        assertThat(audit.get(0).keySet()).containsExactlyInAnyOrder("_id", "erasedAt", "removed", "runId", "_class");

        upload("march.csv", csv().getBytes(StandardCharsets.UTF_8), HttpStatusCreated.NO);
        http.get().uri("/customers/E01").exchange().expectStatus().isNotFound();
        http.delete().uri("/customers/E01").exchange().expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void anErasureThatStoppedHalfWayIsFinishedByTheSameRequest() {
        // why: as if a first request had rewritten the files and removed the orders, then failed
        assertThat(keptFiles.eraseCustomer("C03").lines()).isEqualTo(2);
        assertThat(orders.eraseCustomer("C03")).isEqualTo(2);
        Map<String, Object> report = http.delete().uri("/customers/C03").exchange().expectStatus().isOk()
                .expectBody(JSON).returnResult().getResponseBody();
        assertThat(report.get("removed")).asString().contains("orders=0").contains("fileLines=0").contains("profiles=2");
        http.get().uri("/customers/C03").exchange().expectStatus().isNotFound();
        assertThat(keptTables()).allSatisfy(table -> assertThat(table).doesNotContain("C03"));
    }

    @Test
    void anUnknownCustomerIsA404Problem() {
        http.delete().uri("/customers/nobody-here").exchange().expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.detail").value(String.class, d -> assertThat(d).contains("nobody-here"));
    }

    private List<String> runIds() {
        return mongo.getCollection("runs").find().into(new ArrayList<>()).stream().map(d -> d.get("_id").toString()).toList();
    }

    /** The kept files' tables as text, the CSV first. */
    private List<String> keptTables() {
        List<String> tables = new ArrayList<>();
        for (Document upload : mongo.getCollection("uploads").find().sort(new Document("receivedAt", 1))) {
            var file = files.findOne(Query.query(Criteria.where("_id").is(new ObjectId(upload.getString("fileId")))));
            try (var in = files.getResource(file).getInputStream()) {
                byte[] bytes = in.readAllBytes();
                tables.add(upload.get("report", Document.class).getString("format").equals("xlsx") ? text(bytes)
                        : new String(bytes, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return tables;
    }

    private static String text(byte[] xlsx) throws IOException {
        StringBuilder text = new StringBuilder();
        DataFormatter format = new DataFormatter();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Row row : workbook.getSheetAt(0)) {
                for (Cell cell : row) {
                    text.append(format.formatCellValue(cell)).append(',');
                }
                text.append('\n');
            }
        }
        return text.toString();
    }

    /** E01 with 3 orders (4 rows), and C02-C04 with 2 rows each, in March 2011. */
    private static String csv() {
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        csv.append("500001,A,Thing,2,2011-03-01 10:00:00,5.0,E01,France\n");
        csv.append("500001,B,Other,1,2011-03-01 10:00:00,3.0,E01,France\n");
        csv.append("500002,A,Thing,1,2011-03-05 10:00:00,5.0,E01,France\n");
        csv.append("500003,A,Thing,4,2011-03-09 10:00:00,5.0,E01,France\n");
        int invoice = 500_100;
        for (String c : List.of("C02", "C03", "C04")) {
            for (int i = 0; i < 2; i++) {
                csv.append(invoice++).append(",A,Thing,").append(1 + i).append(",2011-03-1").append(i)
                        .append(" 10:00:00,4.0,").append(c).append(",United Kingdom\n");
            }
        }
        return csv.toString();
    }

    /** E01 with 2 orders and C02 with 1, in April 2011. */
    private static byte[] xlsx() throws IOException {
        List<List<Object>> rows = List.of(
                List.of(600001, "A", "Thing", 3, "2011-04-02 10:00:00", 2.5, "E01", "France"),
                List.of(600002, "A", "Thing", 1, "2011-04-08 10:00:00", 2.5, "E01", "France"),
                List.of(600003, "A", "Thing", 2, "2011-04-09 10:00:00", 2.5, "C02", "United Kingdom"));
        try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            var sheet = workbook.createSheet("Sales");
            String[] header = HEADER.split(",");
            Row head = sheet.createRow(0);
            for (int i = 0; i < header.length; i++) {
                head.createCell(i).setCellValue(header[i]);
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                for (int i = 0; i < rows.get(r).size(); i++) {
                    Object v = rows.get(r).get(i);
                    if (v instanceof Number n) {
                        row.createCell(i).setCellValue(n.doubleValue());
                    } else {
                        row.createCell(i).setCellValue((String) v);
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private enum HttpStatusCreated { YES, NO }

    private void upload(String name, byte[] bytes, HttpStatusCreated created) {
        var form = new LinkedMultiValueMap<String, Object>();
        form.add("file", new ByteArrayResource(bytes) {
            @Override
            public String getFilename() {
                return name;
            }
        });
        var spec = http.post().uri("/uploads").contentType(MediaType.MULTIPART_FORM_DATA).body(form).exchange();
        if (created == HttpStatusCreated.YES) {
            spec.expectStatus().isCreated();
        } else {
            spec.expectStatus().isOk();
        }
    }
}
