package io.segmentation.dashboard;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;

import io.segmentation.UploadForms;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * {@code /dashboard/top-products}: the rankings equal those computed here from the uploaded lines (cancellations
 * left out), overall and for every RFM segment by the segments {@code /customers} lists; a file without a product
 * column says so; removing an upload removes its product totals.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "test.store=top-products")
@AutoConfigureRestTestClient
@ActiveProfiles("test")
class TopProductsIntegrationTests {

    private static final String HEADER = "InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country\n";

    @Autowired
    RestTestClient http;

    @Autowired
    MongoOperations mongo;

    /** customer, product, quantity, price of every clean line. */
    private record Line(String customer, String product, int quantity, double price) {
    }

    @Test
    void rankingsAreThoseOfTheUploadedLinesOverallAndPerSegment() {
        Random random = new Random(7);
        StringBuilder csv = new StringBuilder(HEADER);
        List<Line> lines = new ArrayList<>();
        for (int c = 0; c < 300; c++) {
            int orders = 1 + random.nextInt(6);
            for (int o = 0; o < orders; o++) {
                String invoice = Integer.toString(540_000 + c * 10 + o);
                String date = "2011-%02d-%02d 10:00:00".formatted(1 + random.nextInt(11), 1 + random.nextInt(28));
                for (int l = 0; l < 1 + random.nextInt(4); l++) {
                    String product = "P" + (random.nextInt(25) * 7 % 25);
                    int quantity = 1 + random.nextInt(12);
                    double price = 0.5 + random.nextInt(40) / 4.0;
                    csv.append(invoice).append(',').append(product).append(",Thing ").append(product).append(',')
                            .append(quantity).append(',').append(date).append(',').append(price).append(",C")
                            .append(c).append(",France\n");
                    lines.add(new Line("C" + c, product, quantity, price));
                }
            }
        }
        csv.append("C999999,P1,Thing P1,-50,2011-06-01 10:00:00,9.5,C1,France\n"); // a cancellation: never counted
        JsonNode report = http.post().uri("/uploads").contentType(MediaType.MULTIPART_FORM_DATA)
                .body(UploadForms.csv("products.csv", csv.toString())).exchange().expectStatus().isCreated()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(report.get("columns").get("product").asString()).isEqualTo("StockCode");
        assertThat(report.get("columns").get("productName").asString()).isEqualTo("Description");

        Map<String, String> segmentOf = new HashMap<>();
        for (JsonNode c : get("/customers?size=1000", 200).get("content")) {
            segmentOf.put(c.get("customerId").asString(), c.get("rfmSegment").asString());
        }
        assertThat(segmentOf).hasSize(300);

        JsonNode overall = get("/dashboard/top-products", 200);
        assertThat(overall.get("available").asBoolean()).isTrue();
        assertRanked(overall, lines, line -> true);
        assertThat(overall.get("byRevenue").get(0).get("name").asString()).startsWith("Thing P");

        Set<String> segments = new HashSet<>(segmentOf.values());
        List<String> listed = new ArrayList<>();
        overall.get("segments").forEach(s -> listed.add(s.asString()));
        assertThat(listed).containsExactlyInAnyOrderElementsOf(segments);
        for (String segment : segments) {
            JsonNode ranked = get("/dashboard/top-products?segment=" + segment, 200);
            assertThat(ranked.get("segment").asString()).isEqualTo(segment);
            assertRanked(ranked, lines, line -> segment.equals(segmentOf.get(line.customer())));
        }
        JsonNode unknown = get("/dashboard/top-products?segment=champignons", 404);
        assertThat(unknown.get("detail").asString()).contains("champignons");

        http.post().uri("/uploads").contentType(MediaType.MULTIPART_FORM_DATA)
                .body(UploadForms.csv("orders.csv", "Customer_ID,Order_ID,Date,Total_Amount\nX1,O1,2011-12-01,20.5\n"))
                .exchange().expectStatus().isCreated();
        http.delete().uri("/uploads/" + report.get("id").asString()).exchange().expectStatus().isOk();
        assertThat(mongo.getCollection("product_sales").countDocuments()).isZero();
        JsonNode none = get("/dashboard/top-products", 200);
        assertThat(none.get("available").asBoolean()).isFalse();
        assertThat(none.get("byRevenue").size()).isZero();
    }

    private static void assertRanked(JsonNode answer, List<Line> lines, Predicate<Line> in) {
        Map<String, double[]> totals = new HashMap<>();
        Map<String, Set<String>> buyers = new HashMap<>();
        lines.stream().filter(in).forEach(line -> {
            double[] t = totals.computeIfAbsent(line.product(), p -> new double[2]);
            t[0] += line.quantity() * line.price();
            t[1] += line.quantity();
            buyers.computeIfAbsent(line.product(), p -> new HashSet<>()).add(line.customer());
        });
        for (int measure = 0; measure < 2; measure++) {
            int m = measure;
            List<String> expected = totals.keySet().stream()
                    .sorted(Comparator.<String>comparingDouble(p -> -totals.get(p)[m]).thenComparing(p -> p))
                    .limit(10).toList();
            JsonNode ranked = answer.get(m == 0 ? "byRevenue" : "byQuantity");
            List<String> got = new ArrayList<>();
            ranked.forEach(r -> got.add(r.get("product").asString()));
            assertThat(got).as(m == 0 ? "by revenue" : "by quantity").containsExactlyElementsOf(expected);
            for (JsonNode r : ranked) {
                double[] t = totals.get(r.get("product").asString());
                assertThat(r.get("revenue").asDouble()).isCloseTo(t[0], within(0.006));
                assertThat(r.get("quantity").asDouble()).isCloseTo(t[1], within(1e-9));
                assertThat(r.get("customers").asLong()).isEqualTo(buyers.get(r.get("product").asString()).size());
            }
        }
    }

    private JsonNode get(String uri, int status) {
        return http.get().uri(uri).exchange().expectStatus().isEqualTo(status).expectBody(JsonNode.class)
                .returnResult().getResponseBody();
    }
}
