package io.segmentation.purchases;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.segmentation.runs.Run;
import io.segmentation.runs.RunStatus;
import io.segmentation.segments.CustomerPage;
import io.segmentation.segments.CustomerProfile;
import io.segmentation.segments.MigrationMatrix;
import io.segmentation.segments.SegmentHistory;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.util.LinkedMultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A MongoDB purchase source in the seed's nested layout, over real HTTP on the embedded MongoDB: rule segments of
 * hand-made customers, equality with the same purchases uploaded as CSV, freshness of runs, and migrations.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "test.store=mongo-source",
        "segmentation.sources[0].collection=seed_orders", "segmentation.rules.preset=lkr-fashion"})
@AutoConfigureRestTestClient
@ActiveProfiles("test")
class MongoSourceIntegrationTests {

    static final String SOURCE = "seed_orders";

    @Autowired
    RestTestClient http;

    @Autowired
    MongoOperations mongo;

    @BeforeEach
    void emptyStore() {
        for (String collection : List.of(SOURCE, "orderBuckets", "uploads", "runs", "customers", "segments", "publication",
                "migrations", "fs.files", "fs.chunks")) {
            mongo.getCollection(collection).deleteMany(new Document());
        }
    }

    @Test
    void everyHandMadeSeedCustomerGetsItsThreeRuleSegments() {
        mongo.getCollection(SOURCE).insertMany(SeedOrders.documents());

        Run run = startRun("{\"force\": false}", 201);

        assertThat(run.status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(run.asOf()).hasToString("2024-07-01");
        assertThat(run.customers()).isEqualTo(SeedOrders.EXPECTED.size());
        SeedOrders.EXPECTED.forEach((id, expected) -> {
            CustomerProfile c = customer(id);
            assertThat(List.of(c.rules().purchaseFrequency(), c.rules().spending(), c.rules().category()))
                    .as(id).isEqualTo(expected);
        });
        assertThat(customer("CUST1002").rules().displayLabels())
                .containsExactly(Map.entry("purchase_frequency", "Loyal"), Map.entry("spending", "High Value"),
                        Map.entry("category", "Womens"));
        http.get().uri("/customers/CUST1099").exchange().expectStatus().isNotFound();

        PurchaseInput source = run.inputs().get(1);
        assertThat(source.name()).isEqualTo("segmentation." + SOURCE);
        assertThat(source.path()).isEqualTo("aggregation");
        assertThat(source.documentsRead()).isEqualTo(SeedOrders.documents().size());
        assertThat(source.unreadable()).isEqualTo(4);
        assertThat(source.unreadableByReason()).isEqualTo(SeedOrders.UNREADABLE);
        assertThat(source.orders()).isEqualTo(SeedOrders.documents().size() - 4 - 1);
        assertThat(run.inputs().get(0).kind()).isEqualTo("uploads");
        assertThat(run.phaseMillis()).containsKeys("load", "compute", "history", "store", "publish");
        assertThat(run.trigger()).isEqualTo("api");
        Run stored = http.get().uri("/runs/" + run.id()).exchange().expectStatus().isOk().expectBody(Run.class)
                .returnResult().getResponseBody();
        assertThat(stored.inputs()).isEqualTo(run.inputs());
    }

    @Test
    void theSamePurchasesUploadedAsCsvAndReadFromTheSourceGiveIdenticalResults() {
        List<Document> docs = SeedOrders.documents();
        mongo.getCollection(SOURCE).insertMany(docs);
        startRun("{}", 201);
        List<CustomerProfile> fromSource = withoutHistory(allCustomers());

        mongo.getCollection(SOURCE).deleteMany(new Document());
        Map<?, ?> upload = upload("seed.csv", SeedOrders.csv(docs));
        assertThat(((Map<?, ?>) upload.get("run")).get("status")).isEqualTo("COMPLETED");
        assertThat(((Map<?, ?>) upload.get("rows")).get("rejected")).isEqualTo(4);
        List<CustomerProfile> fromCsv = withoutHistory(allCustomers());

        assertThat(fromSource).hasSize(SeedOrders.EXPECTED.size());
        assertThat(fromCsv).isEqualTo(fromSource);
    }

    @Test
    void anUnchangedSecondRunIsSkippedAndSourceChangesAndUploadsAreSeen() {
        mongo.getCollection(SOURCE).insertMany(SeedOrders.documents());
        Run first = startRun("{}", 201);

        Run second = startRun("{\"force\": false}", 200);
        assertThat(second.status()).isEqualTo(RunStatus.SKIPPED);
        assertThat(second.error()).contains(first.id());

        mongo.getCollection(SOURCE).insertOne(SeedOrders.doc("CUST1010", "ORD10001", "2024-06-29", 700, "Kids"));
        Run afterInsert = startRun("{\"force\": false}", 201);
        assertThat(afterInsert.status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(afterInsert.customers()).isEqualTo(first.customers() + 1);
        assertThat(startRun("{\"force\": false}", 200).status()).isEqualTo(RunStatus.SKIPPED);

        Map<?, ?> upload = upload("more.csv", ("Customer_ID,Order_ID,Date,Total_Amount_LKR,Product_Category\n"
                + "CUST1011,ORD11001,2024-06-28,900,Mens\n").getBytes());
        assertThat(((Map<?, ?>) upload.get("run")).get("status")).isEqualTo("COMPLETED");
        assertThat(customer("CUST1011").frequency()).isEqualTo(1);
        assertThat(startRun("{\"force\": false}", 200).status()).isEqualTo(RunStatus.SKIPPED);
    }

    @Test
    void migrationMatrixTotalsEqualTheCustomersPresentInBothRuns() {
        mongo.getCollection(SOURCE).insertMany(SeedOrders.documents());
        Run first = startRun("{}", 201);
        Set<String> before = ids(allCustomers());
        http.get().uri("/segments/migrations").exchange().expectStatus().isNotFound();

        // a new customer, and six more recent big orders for the lapsed one
        mongo.getCollection(SOURCE).insertOne(SeedOrders.doc("CUST1010", "ORD10001", "2024-06-29", 700, "Kids"));
        for (int i = 0; i < 6; i++) {
            mongo.getCollection(SOURCE).insertOne(SeedOrders.doc("CUST1006", "ORD600" + (4 + i), "2024-06-2" + i, 90000, "Womens"));
        }
        Run second = startRun("{}", 201);
        Set<String> after = ids(allCustomers());
        Set<String> both = new HashSet<>(before);
        both.retainAll(after);

        MigrationMatrix matrix = http.get().uri("/segments/migrations").exchange().expectStatus().isOk()
                .expectBody(MigrationMatrix.class).returnResult().getResponseBody();
        assertThat(matrix.fromRunId()).isEqualTo(first.id());
        assertThat(matrix.toRunId()).isEqualTo(second.id());
        assertThat(matrix.basis()).isEqualTo("run");
        assertThat(matrix.customers()).isEqualTo(both.size());
        assertThat(matrix.cells().stream().mapToLong(MigrationMatrix.Cell::customers).sum()).isEqualTo(both.size());
        assertThat(matrix.newCustomers()).isEqualTo(1);
        assertThat(matrix.goneCustomers()).isZero();
        double revenue = allCustomers().stream().filter(c -> both.contains(c.customerId()))
                .mapToDouble(CustomerProfile::monetary).sum();
        assertThat(matrix.revenue()).isCloseTo(revenue, org.assertj.core.data.Offset.offset(0.01));

        CustomerProfile moved = customer("CUST1006");
        assertThat(moved.previousRfmSegment()).isNotNull();
        assertThat(moved.segmentHistory()).extracting(e -> e.runId()).containsExactly(second.id(), first.id());
        assertThat(matrix.cells()).anySatisfy(cell -> {
            assertThat(cell.from()).isEqualTo(moved.previousRfmSegment());
            assertThat(cell.to()).isEqualTo(moved.rfmSegment());
        });
        assertThat(customer("CUST1010").previousRfmSegment()).isNull();

        Run third = startRun("{\"force\": true}", 201);
        MigrationMatrix firstToThird = http.get().uri("/segments/migrations?from=" + first.id() + "&to=" + third.id())
                .exchange().expectStatus().isOk().expectBody(MigrationMatrix.class).returnResult().getResponseBody();
        assertThat(firstToThird.basis()).isEqualTo("history");
        assertThat(firstToThird.customers()).isEqualTo(both.size());
        assertThat(firstToThird.newCustomers()).isEqualTo(1);
        assertThat(customer("CUST1006").segmentHistory()).hasSize(3)
                .endsWith(moved.segmentHistory().toArray(new SegmentHistory.Entry[0])); // carried forward unchanged
        http.get().uri("/segments/migrations?from=nope&to=" + third.id()).exchange().expectStatus().isNotFound()
                .expectBody(Map.class).value(p -> assertThat(p.get("type")).isEqualTo("urn:segmentation:problem:not-found"));
    }

    @Test
    void ruleOverridesApplyToOneRunAndBadValuesAreRejectedWith400() {
        mongo.getCollection(SOURCE).insertMany(SeedOrders.documents());
        startRun("{}", 201);
        assertThat(customer("CUST1006").rules().purchaseFrequency()).isEqualTo("lapsed");

        Run overridden = startRun("{\"force\": false, \"rules\": {\"lapsedDays\": 200, \"festivePeriods\": [\"12-01/12-31\"]}}", 201);
        assertThat(overridden.rules().lapsedDays()).isEqualTo(200);
        Run stored = http.get().uri("/runs/" + overridden.id()).exchange().expectStatus().isOk().expectBody(Run.class)
                .returnResult().getResponseBody();
        assertThat(stored.rules()).isEqualTo(overridden.rules());
        assertThat(stored.rules().festivePeriods()).containsExactly("12-01/12-31");
        assertThat(customer("CUST1006").rules().purchaseFrequency()).isEqualTo("regular");
        // 2 of 5 orders in December only: no longer seasonal, and not lapsed either
        assertThat(customer("CUST1003").rules().purchaseFrequency()).isEqualTo("regular");

        startRun("{\"force\": false}", 201);
        assertThat(customer("CUST1006").rules().purchaseFrequency()).isEqualTo("lapsed");

        assertBadRequest("{\"rules\": {\"lapsedDays\": 0}}", "lapsedDays");
        assertBadRequest("{\"rules\": {\"seasonalShare\": 1.5}}", "seasonalShare");
        assertBadRequest("{\"rules\": {\"festivePeriods\": [\"christmas\"]}}", "MM-dd/MM-dd");
        assertBadRequest("{\"rules\": {\"festivePeriods\": [\"02-30/03-05\"]}}", "02-30");
    }

    @Test
    void theSeedJsonExportHasEveryCustomersRuleSegmentLabels() {
        http.get().uri("/customers/export?format=seed-json").exchange().expectStatus().isOk()
                .expectBody(List.class).value(list -> assertThat(list).isEmpty());
        mongo.getCollection(SOURCE).insertMany(SeedOrders.documents());
        startRun("{}", 201);

        List<Map<String, Object>> export = http.get().uri("/customers/export?format=seed-json").exchange()
                .expectStatus().isOk().expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_JSON)
                .expectBody(new org.springframework.core.ParameterizedTypeReference<List<Map<String, Object>>>() { })
                .returnResult().getResponseBody();

        assertThat(export).hasSize(SeedOrders.EXPECTED.size());
        assertThat(export).contains(Map.of("customer_id", "CUST1002", "segmentation",
                Map.of("purchase_frequency", "Loyal", "spending", "High Value", "category", "Womens")));
        assertThat(export).contains(Map.of("customer_id", "CUST1003", "segmentation",
                Map.of("purchase_frequency", "Seasonal", "spending", "Medium Value", "category", "Family")));
        http.get().uri("/customers/export?format=xml").exchange().expectStatus().isBadRequest();
    }

    @Test
    void theOpenApiDescriptionHasTheNewEndpoints() {
        http.get().uri("/v3/api-docs").exchange().expectStatus().isOk().expectBody(String.class).value(doc ->
                assertThat(doc).contains("/segments/migrations", "/customers/export", "RuleOverrides",
                        "MigrationMatrix", "PurchaseInput", "segmentHistory"));
    }

    private void assertBadRequest(String body, String detailContains) {
        http.post().uri("/runs").contentType(MediaType.APPLICATION_JSON).body(body).exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody(Map.class).value(p -> {
                    assertThat(p.get("type")).isEqualTo("urn:segmentation:problem:invalid-parameter");
                    assertThat((String) p.get("detail")).contains(detailContains);
                });
    }

    private Run startRun(String body, int status) {
        return http.post().uri("/runs").contentType(MediaType.APPLICATION_JSON).body(body).exchange()
                .expectStatus().isEqualTo(status).expectBody(Run.class).returnResult().getResponseBody();
    }

    private Map<?, ?> upload(String name, byte[] bytes) {
        var form = new LinkedMultiValueMap<String, Object>();
        form.add("file", new ByteArrayResource(bytes) {
            @Override
            public String getFilename() {
                return name;
            }
        });
        return http.post().uri("/uploads").contentType(MediaType.MULTIPART_FORM_DATA).body(form).exchange()
                .expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
    }

    private CustomerProfile customer(String id) {
        return http.get().uri("/customers/" + id).exchange().expectStatus().isOk()
                .expectBody(CustomerProfile.class).returnResult().getResponseBody();
    }

    private List<CustomerProfile> allCustomers() {
        CustomerPage page = http.get().uri("/customers?size=1000").exchange().expectStatus().isOk()
                .expectBody(CustomerPage.class).returnResult().getResponseBody();
        return page.content();
    }

    private static List<CustomerProfile> withoutHistory(List<CustomerProfile> customers) {
        List<CustomerProfile> plain = new ArrayList<>();
        for (CustomerProfile c : customers) {
            plain.add(new CustomerProfile(c.customerId(), c.country(), c.recencyDays(), c.frequency(), c.monetary(),
                    c.averageOrderValue(), c.firstPurchase(), c.lastPurchase(), c.tenureDays(), c.rScore(), c.fScore(),
                    c.mScore(), c.rfmScore(), c.rfmSegment(), c.cluster(), c.rules()));
        }
        plain.sort(Comparator.comparing(CustomerProfile::customerId));
        return plain;
    }

    private static Set<String> ids(List<CustomerProfile> customers) {
        Set<String> ids = new HashSet<>();
        customers.forEach(c -> ids.add(c.customerId()));
        return ids;
    }
}
