package io.segmentation.ingestion;

import java.nio.charset.StandardCharsets;

import io.segmentation.segments.CustomerProfile;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.util.LinkedMultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Files as real systems export them: the usual column names in any style, no order id column, compact and epoch
 * dates, decimal commas and thousands separators; cleaning rules switched off per upload; the currency of the
 * amounts; the same bytes read again under other instructions.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "test.store=real-layouts")
@AutoConfigureRestTestClient
@ActiveProfiles("test")
class RealFileLayoutsIntegrationTests {

    @Autowired
    RestTestClient http;

    @Test
    void theUsualColumnNamesAreDetectedAndTheMappingIsReported() {
        UploadReport report = upload("shop.csv", """
                customer_id,order_id,date,amount,category
                A1,o1,2024-03-01,10.50,Toys
                A1,o2,2024-03-05,20.00,Toys
                A2,o3,2024-03-06,5.25,Books
                """, 201);

        assertThat(report.layout()).isEqualTo("usual-names");
        assertThat(report.columns()).containsEntry("customerId", "customer_id").containsEntry("orderId", "order_id")
                .containsEntry("date", "date").containsEntry("amount", "amount").containsEntry("category", "category");
        assertThat(customer("A1").frequency()).isEqualTo(2);
        assertThat(customer("A1").monetary()).isEqualTo(30.50);
    }

    @Test
    void withoutAnOrderIdAPurchaseTimestampIsAnOrderAndCommasCanBeDecimal() {
        UploadReport report = upload("export.csv", """
                Client ID;Purchase Date;Revenue;Department
                B1;20240301;1.234,56;Garden
                B1;20240301;10,00;Garden
                B1;20240302;1,5;Garden
                B2;20240303;99;Home
                """, 201);

        assertThat(report.columns()).containsEntry("customerId", "Client ID").containsEntry("date", "Purchase Date")
                .containsEntry("amount", "Revenue").doesNotContainKey("orderId");
        assertThat(report.notes()).anyMatch(n -> n.contains("no order id column"))
                .anyMatch(n -> n.contains("decimal separator"));
        assertThat(customer("B1").frequency()).isEqualTo(2);
        assertThat(customer("B1").monetary()).isEqualTo(1246.06);
    }

    @Test
    void epochAndOffsetDatesAndThousandsSeparatorsAreRead() {
        upload("epochs.csv", """
                user_id,transaction_id,timestamp,total
                C1,t1,1709251200,"1,234.50"
                C1,t2,1709337600000,10
                C1,t3,2024-03-03T10:00:00+02:00,1
                """, 201);

        CustomerProfile c = customer("C1");
        assertThat(c.frequency()).isEqualTo(3);
        assertThat(c.monetary()).isEqualTo(1245.50);
        assertThat(c.firstPurchase()).hasToString("2024-03-01");
        assertThat(c.lastPurchase()).hasToString("2024-03-03");
    }

    @Test
    void aCleaningRuleCanBeSwitchedOffPerUploadAndTheReportListsTheRulesThatRan() {
        String file = """
                member_id,receipt,order_date,order_total
                D1,r1,2024-04-01,25
                D1,r2,2024-04-02,0
                D1,r3,2024-04-03,-5
                """;
        UploadReport strict = upload("vouchers.csv", file, 201);
        assertThat(strict.rejectedByReason().get(io.segmentation.cleaning.RejectionReason.NON_POSITIVE_PRICE))
                .isEqualTo(2);
        assertThat(customer("D1").frequency()).isEqualTo(1);

        UploadReport free = upload("vouchers.csv", file, 200, "disable", "NON_POSITIVE_PRICE");
        assertThat(free.rejectedByReason().get(io.segmentation.cleaning.RejectionReason.NON_POSITIVE_PRICE))
                .as("the negative amount stays removed").isEqualTo(1);
        assertThat(free.rules()).doesNotContain(io.segmentation.cleaning.RejectionReason.NON_POSITIVE_PRICE)
                .contains(io.segmentation.cleaning.RejectionReason.DUPLICATE);
        assertThat(customer("D1").frequency()).as("a free order is a purchase").isEqualTo(2);
        assertThat(customer("D1").monetary()).isEqualTo(25.0);

        problem("vouchers.csv", file, "disable", "FREE_ORDERS").jsonPath("$.detail")
                .value(d -> assertThat(d.toString()).contains("NON_POSITIVE_PRICE"));
        problem("vouchers.csv", file, "disable", "MISSING_CUSTOMER_ID").jsonPath("$.detail")
                .value(d -> assertThat(d.toString()).contains("cannot be switched off"));
    }

    @Test
    void theCurrencyOfTheAmountsIsTakenFromTheUploadAndValidated() {
        UploadReport report = upload("gbp.csv", "customer,order,date,sales\nE1,1,2024-05-01,12\n", 201,
                "currency", "gbp");
        assertThat(report.currency()).isEqualTo("GBP");
        http.get().uri("/segments").exchange().expectStatus().isOk().expectBody().jsonPath("$.currency")
                .isEqualTo("GBP");
        http.get().uri("/clv").exchange().expectStatus().isOk().expectBody().jsonPath("$.currency").isEqualTo("GBP");
        problem("gbp2.csv", "customer,order,date,sales\nE2,1,2024-05-01,12\n", "currency", "POUNDS")
                .jsonPath("$.detail").value(d -> assertThat(d.toString()).contains("ISO 4217"));
    }

    @Test
    void theSameBytesWithOtherInstructionsAreReadAgainAndReplaceTheEarlierReading() {
        String file = "customer_id,order_id,date,amount\nF1,1,01/02/2024,10\nF1,2,13/02/2024,20\n";
        UploadReport first = upload("dates.csv", file, 201);
        assertThat(first.rows().rejected()).as("13/02/2024 is no M/d/yyyy date").isEqualTo(1);
        assertThat(customer("F1").frequency()).isEqualTo(1);
        assertThat(customer("F1").firstPurchase()).as("read as January 2nd").hasToString("2024-01-02");

        UploadReport same = upload("dates.csv", file, 200);
        assertThat(same).usingRecursiveComparison().ignoringFields("receivedAt").isEqualTo(first);
        assertThat(same.receivedAt()).isCloseTo(first.receivedAt(), within(1, java.time.temporal.ChronoUnit.MILLIS));

        UploadReport fixed = upload("dates.csv", file, 200, "dateFormat", "dd/MM/yyyy");
        assertThat(fixed.id()).isEqualTo(first.id());
        assertThat(fixed.rows().rejected()).isZero();
        assertThat(fixed.notes()).anyMatch(n -> n.startsWith("Read again with other instructions"));
        assertThat(fixed.run().status()).isEqualTo("COMPLETED");
        CustomerProfile f1 = customer("F1");
        assertThat(f1.frequency()).isEqualTo(2);
        assertThat(f1.firstPurchase()).hasToString("2024-02-01");
        assertThat(f1.monetary()).isEqualTo(30.0);

        UploadReport again = upload("dates.csv", file, 200, "dateFormat", "dd/MM/yyyy");
        assertThat(again.receivedAt()).as("answered from the stored report").isCloseTo(fixed.receivedAt(),
                within(1, java.time.temporal.ChronoUnit.MILLIS));
        assertThat(again.notes()).isEqualTo(fixed.notes());
    }

    private UploadReport upload(String name, String csv, int status, String... parameters) {
        return http.post().uri("/uploads").contentType(MediaType.MULTIPART_FORM_DATA).body(form(name, csv, parameters))
                .exchange().expectStatus().isEqualTo(status).expectBody(UploadReport.class).returnResult()
                .getResponseBody();
    }

    private org.springframework.test.web.servlet.client.RestTestClient.BodyContentSpec problem(String name, String csv,
                                                                                               String... parameters) {
        return http.post().uri("/uploads").contentType(MediaType.MULTIPART_FORM_DATA).body(form(name, csv, parameters))
                .exchange().expectStatus().isBadRequest().expectBody();
    }

    private static LinkedMultiValueMap<String, Object> form(String name, String csv, String... parameters) {
        var form = new LinkedMultiValueMap<String, Object>();
        Resource file = new ByteArrayResource(csv.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return name;
            }
        };
        form.add("file", file);
        for (int i = 0; i < parameters.length; i += 2) {
            form.add(parameters[i], parameters[i + 1]);
        }
        return form;
    }

    private CustomerProfile customer(String id) {
        return http.get().uri("/customers/" + id).exchange().expectStatus().isOk()
                .expectBody(CustomerProfile.class).returnResult().getResponseBody();
    }
}
