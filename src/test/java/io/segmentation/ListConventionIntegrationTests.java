package io.segmentation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
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

/**
 * Every list ({@code /runs}, {@code /uploads}, {@code /models}, {@code /customers}) takes page, size and sort and
 * answers the same envelope; pages put together are the whole list in the asked order; an unknown sort field is a 400
 * naming the allowed ones. {@code /customers} also filters by several segments and by country.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "test.store=list-convention")
@AutoConfigureRestTestClient
@ActiveProfiles("test")
class ListConventionIntegrationTests {

    @Autowired
    RestTestClient http;

    @Autowired
    MongoOperations mongo;

    @BeforeEach
    void uploadThreeFiles() {
        if (mongo.getCollection("uploads").countDocuments() > 0) {
            return;
        }
        String header = "InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country\n";
        String[] countries = {"United Kingdom", "France", "Germany"};
        for (int file = 0; file < 3; file++) {
            StringBuilder csv = new StringBuilder(header);
            for (int c = 0; c < 40 * (file + 1); c++) {
                csv.append(500_000 + file * 1000 + c).append(",A,Thing,").append(1 + c % 7).append(",2011-0")
                        .append(1 + c % 9).append("-1").append(c % 10).append(" 10:00:00,").append(2.5 + c % 5)
                        .append(',').append(20_000 + c).append(',').append(countries[c % 3]).append('\n');
            }
            http.post().uri("/uploads").contentType(MediaType.MULTIPART_FORM_DATA)
                    .body(UploadForms.csv("file" + file + ".csv", csv.toString())).exchange().expectStatus().isCreated();
        }
        http.post().uri("/models").contentType(MediaType.APPLICATION_JSON).body(Map.of("k", 2, "activate", false))
                .exchange().expectStatus().isCreated();
    }

    @Test
    void everyListAnswersTheSameEnvelope() {
        for (String list : List.of("/runs", "/uploads", "/models", "/customers")) {
            JsonNode page = json("%s?page=0&size=2".formatted(list), 200);
            assertThat(page.get("page").asInt()).as(list).isZero();
            assertThat(page.get("size").asInt()).as(list).isEqualTo(2);
            long total = page.get("totalElements").asLong();
            assertThat(total).as(list).isPositive();
            assertThat(page.get("totalPages").asLong()).as(list).isEqualTo((total + 1) / 2);
            assertThat(page.get("content").size()).as(list).isEqualTo((int) Math.min(2, total));
            assertThat(page.get("sort").asString()).as(list).matches("\\w+,(asc|desc)");
        }
    }

    @Test
    void pagesTogetherAreTheWholeListInTheAskedOrder() {
        assertWholeListInOrder("/uploads", "orders,asc", "orders", false);
        assertWholeListInOrder("/uploads", "receivedAt,desc", "receivedAt", true);
        assertWholeListInOrder("/runs", "startedAt,asc", "startedAt", false);
        assertWholeListInOrder("/models", "version,asc", "version", false);
        assertWholeListInOrder("/models", null, "version", true);
        assertThat(json("/uploads?sort=orders,desc&size=1", 200).get("content").get(0).get("orders").asInt())
                .isEqualTo(120);
    }

    @Test
    void anUnknownSortFieldIsA400NamingTheAllowedOnes() {
        for (String list : List.of("/runs", "/uploads", "/models", "/customers")) {
            JsonNode problem = json(list + "?sort=colour", 400);
            assertThat(problem.get("type").asString()).as(list).endsWith(":invalid-sort");
            assertThat(problem.get("detail").asString()).as(list).contains("colour").contains("FIELD one of");
            assertThat(problem.get("sortFields").isArray()).as(list).isTrue();
        }
    }

    @Test
    void customersFilterBySeveralSegmentsAndByCountry() {
        JsonNode all = json("/customers?size=1000", 200);
        List<JsonNode> customers = new ArrayList<>();
        all.get("content").forEach(customers::add);
        List<String> segments = customers.stream().map(c -> c.get("rfmSegment").asString()).distinct().sorted()
                .limit(2).toList();
        assertThat(segments).hasSize(2);

        JsonNode both = json("/customers?size=1000&segment=" + segments.get(0) + "&segment=" + segments.get(1), 200);
        List<String> expected = customers.stream().filter(c -> segments.contains(c.get("rfmSegment").asString()))
                .map(c -> c.get("customerId").asString()).toList();
        assertThat(ids(both)).containsExactlyElementsOf(expected);
        assertThat(ids(json("/customers?size=1000&segment=" + String.join(",", segments), 200)))
                .containsExactlyElementsOf(expected);

        String frenchSegment = customers.stream().filter(c -> c.get("country").asString().equals("France"))
                .findFirst().orElseThrow().get("rfmSegment").asString();
        JsonNode france = json("/customers?size=1000&country=france&segment=" + frenchSegment, 200);
        assertThat(ids(france)).isNotEmpty().containsExactlyElementsOf(customers.stream()
                .filter(c -> c.get("rfmSegment").asString().equals(frenchSegment))
                .filter(c -> c.get("country").asString().equals("France"))
                .map(c -> c.get("customerId").asString()).toList());
        assertThat(france.get("country").asString()).isEqualTo("france");

        String csv = http.get().uri("/customers?country=Germany").accept(MediaType.parseMediaType("text/csv"))
                .exchange().expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
        assertThat(csv.lines().skip(1).count()).isEqualTo(customers.stream()
                .filter(c -> c.get("country").asString().equals("Germany")).count());
        assertThat(json("/customers?segment=" + segments.get(0) + ",no-such-segment", 404).get("type").asString())
                .endsWith(":not-found");
    }

    private void assertWholeListInOrder(String list, String sort, String field, boolean descending) {
        List<JsonNode> seen = new ArrayList<>();
        long total = -1;
        for (int page = 0; total < 0 || seen.size() < total; page++) {
            JsonNode body = json(list + "?size=2&page=" + page + (sort == null ? "" : "&sort=" + sort), 200);
            total = body.get("totalElements").asLong();
            body.get("content").forEach(seen::add);
            assertThat(body.get("content").size()).isLessThanOrEqualTo(2);
            if (body.get("content").isEmpty()) {
                break;
            }
        }
        assertThat(seen).hasSize((int) total);
        Comparator<JsonNode> order = Comparator.comparing(n -> n.get(field).asString(),
                field.endsWith("At") ? Comparator.<String>naturalOrder()
                        : Comparator.comparingLong(Long::parseLong));
        assertThat(seen).as(list + " " + sort).isSortedAccordingTo(descending ? order.reversed() : order);
    }

    private static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.get("content").forEach(c -> ids.add(c.get("customerId").asString()));
        return ids;
    }

    private JsonNode json(String uri, int status) {
        return http.get().uri(uri).accept(MediaType.APPLICATION_JSON).exchange().expectStatus().isEqualTo(status)
                .expectBody(JsonNode.class).returnResult().getResponseBody();
    }
}
