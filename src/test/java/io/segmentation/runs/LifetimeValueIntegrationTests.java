package io.segmentation.runs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import io.segmentation.SharedData;
import io.segmentation.segments.CustomerPage;
import io.segmentation.segments.CustomerProfile;
import io.segmentation.segments.SegmentsView;
import org.apache.commons.math3.special.Beta;
import org.apache.commons.math3.special.Gamma;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.util.LinkedMultiValueMap;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Lifetime value over HTTP on the real Online Retail sample: the summaries (x, t_x, T) against an independent reading
 * of the file, the BG/NBD log-likelihood and P(alive) against the paper's formulas written out here, targeting lists,
 * history predictions, win-back recommendations and the holdout validation.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "test.store=lifetime-value")
@AutoConfigureRestTestClient
@ActiveProfiles("test")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LifetimeValueIntegrationTests {

    private static final DateTimeFormatter INVOICE_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @Autowired
    RestTestClient http;

    @Test
    @Order(1)
    void aRunFitsTheModelsAndEveryProfileCarriesItsFigures() throws IOException {
        Path sample = SharedData.file("online_retail_sample_30k.csv");

        // too few repeat customers first: the run says why, profiles carry no figures
        JsonNode small = upload(named("few.csv", ("InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,"
                + "CustomerID,Country\n1,A,x,1,2011-01-03 10:00:00,5.0,1,UK\n2,A,x,1,2011-02-03 10:00:00,5.0,1,UK\n"
                + "3,A,x,2,2011-03-03 10:00:00,5.0,2,UK\n").getBytes(StandardCharsets.UTF_8)));
        JsonNode notFitted = http.get().uri("/clv").exchange().expectStatus().isOk().expectBody(JsonNode.class)
                .returnResult().getResponseBody();
        assertThat(notFitted.get("status").asString()).isEqualTo("NOT_FITTED");
        assertThat(notFitted.get("reason").asString()).startsWith("1 customer with a repeat purchase, 100 needed");
        assertThat(customer("1").clv()).isNull();
        http.post().uri("/predict").contentType(MediaType.APPLICATION_JSON)
                .body("{\"history\": {\"frequency\": 2, \"recency\": 30, \"T\": 40, \"monetary\": 20}}").exchange()
                .expectStatus().isEqualTo(409).expectBody().jsonPath("$.type")
                .isEqualTo("urn:segmentation:problem:clv-not-fitted");
        http.delete().uri("/uploads/" + small.get("id").asString()).exchange().expectStatus().isOk();

        // frequent big spenders who stopped months ago are at high churn risk, and are won back first
        JsonNode churned = upload(named("churned.csv", churnedAndRegular().getBytes(StandardCharsets.UTF_8)));
        CustomerProfile gone = customer("G001");
        assertThat(gone.mScore()).isGreaterThanOrEqualTo(4);
        assertThat(gone.clv().churnRisk()).isGreaterThan(0.9);
        assertThat(customer("R001").clv().churnRisk()).isLessThan(0.5);
        http.get().uri("/recommendations/G001").exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.recommendations[0].segment").isEqualTo("high-churn-risk");
        http.get().uri("/recommendations/R001").exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.recommendations[?(@.segment == 'high-churn-risk')]").doesNotExist();
        http.delete().uri("/uploads/" + churned.get("id").asString()).exchange().expectStatus().isOk();

        upload(new FileSystemResource(sample));
        JsonNode clv = http.get().uri("/clv").exchange().expectStatus().isOk().expectBody(JsonNode.class)
                .returnResult().getResponseBody();
        assertThat(clv.get("status").asString()).isEqualTo("FITTED");
        assertThat(clv.get("timeUnit").asString()).isEqualTo("days");
        assertThat(clv.get("horizonDays").asInt()).isEqualTo(365);
        assertThat(clv.get("customers").asInt()).isEqualTo(3_546);
        JsonNode bg = clv.get("bgNbd");
        double r = bg.get("r").asDouble();
        double alpha = bg.get("alpha").asDouble();
        double a = bg.get("a").asDouble();
        double b = bg.get("b").asDouble();
        assertThat(bg.get("converged").asBoolean()).isTrue();
        assertThat(clv.get("gammaGamma").get("p").asDouble()).isPositive();

        Map<String, Summary> expected = summaries(sample, LocalDate.parse(clv.get("asOf").asString()));
        assertThat(expected).hasSize(3_546);
        assertThat(clv.get("repeatCustomers").asInt())
                .isEqualTo((int) expected.values().stream().filter(s -> s.x > 0).count());

        List<CustomerProfile> all = new ArrayList<>();
        for (int page = 0; page < 4; page++) {
            all.addAll(page("/customers?size=1000&page=" + page).content());
        }
        assertThat(all).hasSize(3_546);
        double logLikelihood = 0;
        for (CustomerProfile c : all) {
            Summary s = expected.get(c.customerId());
            assertThat(c.clv()).as(c.customerId()).isNotNull();
            assertThat(c.clv().frequency()).as("x of %s", c.customerId()).isEqualTo(s.x);
            assertThat(c.clv().recency()).as("t_x of %s", c.customerId()).isEqualTo(s.tx);
            assertThat(c.clv().T()).as("T of %s", c.customerId()).isEqualTo(s.T);
            assertThat(c.clv().probabilityAlive()).isCloseTo(pAlive(r, alpha, a, b, s), within(1e-9));
            assertThat(c.clv().churnRisk()).isCloseTo(1 - c.clv().probabilityAlive(), within(1e-12));
            assertThat(c.clv().predictedClv()).isGreaterThanOrEqualTo(0);
            logLikelihood += logLikelihood(r, alpha, a, b, s);
        }
        assertThat(bg.get("logLikelihood").asDouble()).isCloseTo(logLikelihood, within(1e-6 * Math.abs(logLikelihood)));

        // targeting lists, segment averages
        List<CustomerProfile> byClv = page("/customers?sort=predictedClv&size=200").content();
        for (int i = 1; i < byClv.size(); i++) {
            assertThat(byClv.get(i).clv().predictedClv()).isLessThanOrEqualTo(byClv.get(i - 1).clv().predictedClv());
        }
        assertThat(byClv.get(0).clv().predictedClv())
                .isEqualTo(all.stream().mapToDouble(c -> c.clv().predictedClv()).max().orElseThrow());
        CustomerPage byChurn = page("/customers?sort=churnRisk,desc&segment=champions&size=50");
        assertThat(byChurn.sort()).isEqualTo("churnRisk,desc");
        assertThat(byChurn.content()).allMatch(c -> c.rfmSegment().equals("champions"));
        http.get().uri("/customers?sort=favouriteColour").exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.detail").value(d -> assertThat(d.toString()).contains("predictedClv"));
        SegmentsView segments = http.get().uri("/segments?scheme=rfm").exchange().expectStatus().isOk()
                .expectBody(SegmentsView.class).returnResult().getResponseBody();
        var champions = segments.segments().stream().filter(s -> s.id().equals("champions")).findFirst().orElseThrow();
        double championsClv = all.stream().filter(c -> c.rfmSegment().equals("champions"))
                .mapToDouble(c -> c.clv().predictedClv()).average().orElseThrow();
        assertThat(champions.avgPredictedClv()).isCloseTo(championsClv, within(0.01));

        // a purchase history not stored: the same formulas
        JsonNode predicted = http.post().uri("/predict").contentType(MediaType.APPLICATION_JSON)
                .body("{\"history\": {\"frequency\": 2, \"recency\": 30.43, \"T\": 38.86, \"monetary\": 22.35}}")
                .exchange().expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(predicted.get("probabilityAlive").asDouble())
                .isCloseTo(pAlive(r, alpha, a, b, new Summary(2, 30.43, 38.86)), within(1e-9));
        assertThat(predicted.get("predictedClv").asDouble()).isPositive();
        http.post().uri("/predict").contentType(MediaType.APPLICATION_JSON)
                .body("{\"history\": {\"frequency\": 2, \"recency\": 50, \"T\": 38.86}}").exchange()
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("history.recency");

        // a valuable customer at high churn risk is won back first
    }

    @Test
    @Order(2)
    void validationComparesTheHoldoutWithTheModel() throws IOException {
        Path sample = SharedData.file("online_retail_sample_30k.csv");
        upload(new FileSystemResource(sample));
        LocalDate calibrationEnd = LocalDate.of(2011, 6, 30);
        int holdoutDays = 162;

        JsonNode validation = http.post().uri("/clv/validation").contentType(MediaType.APPLICATION_JSON)
                .body("{\"calibrationEnd\": \"2011-06-30\", \"holdoutDays\": 162}").exchange().expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();

        assertThat(validation.get("status").asString()).isEqualTo("FITTED");
        Map<String, Integer> actual = holdoutPurchases(sample, calibrationEnd, holdoutDays);
        JsonNode customers = validation.get("customers");
        assertThat(customers.size()).isEqualTo(actual.size());
        double sumActual = 0;
        double sumPredicted = 0;
        for (JsonNode c : customers) {
            assertThat(c.get("actual").asInt()).as(c.get("customerId").asString())
                    .isEqualTo(actual.get(c.get("customerId").asString()));
            sumActual += c.get("actual").asInt();
            sumPredicted += c.get("predicted").asDouble();
        }
        assertThat(validation.get("totals").get("actual").asDouble()).isEqualTo(sumActual);
        assertThat(validation.get("totals").get("predicted").asDouble()).isCloseTo(sumPredicted, within(1e-6));
        JsonNode weeks = validation.get("cumulative");
        assertThat(weeks.size()).isGreaterThan(50);
        assertThat(weeks.get(weeks.size() - 1).get("holdout").asBoolean()).isTrue();
        http.post().uri("/clv/validation").contentType(MediaType.APPLICATION_JSON)
                .body("{\"calibrationEnd\": \"2030-01-01\", \"holdoutDays\": 30}").exchange()
                .expectStatus().isBadRequest();
    }

    /** 150 customers buying every 1-4 weeks all year, 40 who bought big every few days until spring and then stopped. */
    private static String churnedAndRegular() {
        StringBuilder csv = new StringBuilder("InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,"
                + "Country\n");
        int invoice = 1;
        LocalDate start = LocalDate.of(2011, 1, 1);
        for (int c = 1; c <= 150; c++) {
            for (LocalDate d = start.plusDays(c % 14); d.isBefore(LocalDate.of(2011, 12, 2));
                 d = d.plusDays(7 + (c * 7 + d.getDayOfYear()) % 25)) {
                csv.append(invoice++).append(",A,x,1,").append(d).append(" 10:00:00,20.0,R").append(String.format("%03d", c))
                        .append(",UK\n");
            }
        }
        for (int c = 1; c <= 40; c++) {
            for (LocalDate d = start.plusDays(c % 5); d.isBefore(LocalDate.of(2011, 2, 1).plusDays(c % 50));
                 d = d.plusDays(2 + (c + d.getDayOfYear()) % 4)) {
                csv.append(invoice++).append(",A,x,1,").append(d).append(" 10:00:00,100.0,G").append(String.format("%03d", c))
                        .append(",UK\n");
            }
        }
        return csv.toString();
    }

    /** x, t_x and T in days, as the definitions in DESIGN.md say. */
    record Summary(int x, double tx, double T) {
    }

    /** Reads the sample independently: the reference cleaning rules, purchase days per customer. */
    private static Map<String, TreeSet<LocalDate>> purchaseDays(Path sample) throws IOException {
        Map<String, TreeSet<LocalDate>> days = new HashMap<>();
        try (CsvReader<CsvRecord> csv = CsvReader.builder().ofCsvRecord(sample)) {
            boolean header = true;
            for (CsvRecord row : csv) {
                if (header) {
                    header = false;
                    continue;
                }
                String invoice = row.getField(0);
                String customer = row.getField(6).trim();
                if (customer.isEmpty() || invoice.startsWith("C") || Double.parseDouble(row.getField(3)) <= 0
                        || Double.parseDouble(row.getField(5)) <= 0) {
                    continue;
                }
                String id = customer.endsWith(".0") ? customer.substring(0, customer.length() - 2) : customer;
                days.computeIfAbsent(id, k -> new TreeSet<>())
                        .add(LocalDateTime.parse(row.getField(4), INVOICE_DATE).toLocalDate());
            }
        }
        return days;
    }

    private static Map<String, Summary> summaries(Path sample, LocalDate asOf) throws IOException {
        Map<String, Summary> summaries = new HashMap<>();
        purchaseDays(sample).forEach((id, days) -> summaries.put(id, new Summary(days.size() - 1,
                days.last().toEpochDay() - days.first().toEpochDay(), asOf.toEpochDay() - days.first().toEpochDay())));
        return summaries;
    }

    private static Map<String, Integer> holdoutPurchases(Path sample, LocalDate calibrationEnd, int holdoutDays)
            throws IOException {
        Map<String, Integer> counts = new HashMap<>();
        LocalDate end = calibrationEnd.plusDays(holdoutDays);
        purchaseDays(sample).forEach((id, days) -> {
            if (!days.first().isAfter(calibrationEnd)) {
                counts.put(id, (int) days.stream().filter(d -> d.isAfter(calibrationEnd) && !d.isAfter(end)).count());
            }
        });
        return counts;
    }

    /** Fader, Hardie & Lee 2005, eq. 6, in logs. */
    private static double logLikelihood(double r, double alpha, double a, double b, Summary s) {
        double common = Gamma.logGamma(r + s.x) - Gamma.logGamma(r) + r * Math.log(alpha);
        double stays = Beta.logBeta(a, b + s.x) - Beta.logBeta(a, b) - (r + s.x) * Math.log(alpha + s.T);
        if (s.x == 0) {
            return common + stays;
        }
        double leaves = Beta.logBeta(a + 1, b + s.x - 1) - Beta.logBeta(a, b) - (r + s.x) * Math.log(alpha + s.tx);
        double max = Math.max(stays, leaves);
        return common + max + Math.log(Math.exp(stays - max) + Math.exp(leaves - max));
    }

    /** P(alive | x, t_x, T) of the BG/NBD model (Fader, Hardie & Lee 2008 note, eq. 2). */
    private static double pAlive(double r, double alpha, double a, double b, Summary s) {
        if (s.x == 0) {
            return 1;
        }
        return 1 / (1 + a / (b + s.x - 1) * Math.pow((alpha + s.T) / (alpha + s.tx), r + s.x));
    }

    private JsonNode upload(Resource file) {
        var form = new LinkedMultiValueMap<String, Object>();
        form.add("file", file);
        return http.post().uri("/uploads").contentType(MediaType.MULTIPART_FORM_DATA).body(form).exchange()
                .expectStatus().value(status -> assertThat(status).isIn(200, 201)).expectBody(JsonNode.class)
                .returnResult().getResponseBody();
    }

    private static Resource named(String name, byte[] bytes) {
        return new ByteArrayResource(bytes) {
            @Override
            public String getFilename() {
                return name;
            }
        };
    }

    private CustomerProfile customer(String id) {
        return http.get().uri("/customers/" + id).exchange().expectStatus().isOk()
                .expectBody(CustomerProfile.class).returnResult().getResponseBody();
    }

    private CustomerPage page(String uri) {
        return http.get().uri(uri).exchange().expectStatus().isOk().expectBody(CustomerPage.class).returnResult()
                .getResponseBody();
    }
}
