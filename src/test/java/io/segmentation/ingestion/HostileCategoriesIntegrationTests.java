package io.segmentation.ingestion;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.segmentation.segments.CustomerProfile;
import io.segmentation.segments.SegmentProfile;
import io.segmentation.segments.SegmentsView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.client.RestTestClient;

import static io.segmentation.ingestion.UploadIntegrationTests.form;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A seed-layout file whose categories are segment ids, cluster ids, case and space variants of them, MongoDB
 * operators, path and key separators, Unicode, 300 characters and blanks: the run completes, every segment id is
 * unique and no category takes a system id, and every customer's figures are those of the file.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "test.store=hostile-categories")
@AutoConfigureRestTestClient
@ActiveProfiles("test")
class HostileCategoriesIntegrationTests {

    private static final Set<String> SYSTEM_IDS = Set.of("champions", "cannot-lose-them", "at-risk", "loyal-customers",
            "lost", "new-customers", "promising", "potential-loyalists", "about-to-sleep", "hibernating",
            "need-attention", "new", "loyal", "seasonal", "lapsed", "regular", "high-value", "medium-value",
            "low-value", "family", "mixed", "unknown", "noise");

    @Autowired
    RestTestClient http;

    @Test
    void categoriesNamedLikeSystemIdsNeverBreakARun() throws IOException {
        ClassPathResource file = new ClassPathResource("hostile/hostile-categories.csv");
        UploadReport report = http.post().uri("/uploads").contentType(MediaType.MULTIPART_FORM_DATA)
                .body(form(file)).exchange().expectStatus().isCreated()
                .expectBody(UploadReport.class).returnResult().getResponseBody();
        assertThat(report.run().status()).isEqualTo("COMPLETED");
        http.post().uri("/runs?force=true").exchange().expectStatus().isCreated()
                .expectBody().jsonPath("$.status").isEqualTo("COMPLETED");

        SegmentsView all = http.get().uri("/segments").exchange().expectStatus().isOk()
                .expectBody(SegmentsView.class).returnResult().getResponseBody();
        List<String> ids = all.segments().stream().map(SegmentProfile::id).toList();
        assertThat(new HashSet<>(ids)).hasSameSizeAs(ids);
        List<SegmentProfile> categories = all.segments().stream()
                .filter(s -> s.scheme().equals("rules") && s.rule() != null && s.rule().startsWith("category"))
                .toList();
        for (SegmentProfile category : categories) {
            if (!Set.of("family", "mixed", "unknown").contains(category.id())) {
                assertThat(category.id()).as(category.name()).isNotIn(SYSTEM_IDS).doesNotMatch("cluster-[0-9]+")
                        .matches("[a-z0-9\\p{L}-]{1,80}");
            }
        }

        Map<String, long[]> orders = new HashMap<>();
        Map<String, Double> spend = new HashMap<>();
        try (InputStream in = file.getInputStream()) {
            new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().skip(1).forEach(line -> {
                String[] f = line.split(",", 5);
                orders.computeIfAbsent(f[0], k -> new long[1])[0]++;
                spend.merge(f[0], Double.parseDouble(f[3]), Double::sum);
            });
        }
        assertThat(all.customers()).isEqualTo(orders.size());
        for (String id : orders.keySet()) {
            CustomerProfile c = http.get().uri("/customers/" + id).exchange().expectStatus().isOk()
                    .expectBody(CustomerProfile.class).returnResult().getResponseBody();
            assertThat(c.frequency()).as("F of %s", id).isEqualTo((int) orders.get(id)[0]);
            assertThat(c.monetary()).as("M of %s", id).isEqualTo(Math.round(spend.get(id) * 100) / 100.0);
            http.get().uri("/segment/" + c.rules().category()).exchange().expectStatus().isOk();
        }
    }
}
