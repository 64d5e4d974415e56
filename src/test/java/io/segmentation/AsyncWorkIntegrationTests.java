package io.segmentation;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code Prefer: respond-async} on uploads and runs: 202 with Location once the work is accepted, a resource that
 * tells its phase and progress while it works and its report (or, for an upload that fails in the background, the
 * problem) afterwards; what is refused before the work starts is refused at once, as without the header.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "test.store=async-work")
@AutoConfigureRestTestClient
@ActiveProfiles("test")
class AsyncWorkIntegrationTests {

    private static final String HEADER = "InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country\n";

    @Autowired
    RestTestClient http;

    @Test
    void anAsyncUploadAnswers202AndItsResourceEndsWithTheReportAndItsRun() throws InterruptedException {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < 60_000; i++) {
            csv.append(600_000 + i / 3).append(",A,Thing,").append(1 + i % 5).append(",2011-0").append(1 + i % 9)
                    .append("-1").append(i % 10).append(" 10:00:00,").append(1.25 + i % 7).append(',')
                    .append(30_000 + (i / 3) % 2_000).append(",France\n");
        }
        var accepted = http.post().uri("/uploads").header("Prefer", "respond-async")
                .contentType(MediaType.MULTIPART_FORM_DATA).body(UploadForms.csv("async.csv", csv.toString()))
                .exchange().expectStatus().isAccepted()
                .expectHeader().valueEquals("Preference-Applied", "respond-async")
                .expectBody(JsonNode.class).returnResult();
        JsonNode progress = accepted.getResponseBody();
        String location = accepted.getResponseHeaders().getFirst(HttpHeaders.LOCATION);
        assertThat(location).isEqualTo("/uploads/" + progress.get("id").asString());
        assertThat(progress.get("status").asString()).isEqualTo("PROCESSING");
        assertThat(progress.get("phase").asString()).isEqualTo("parsing");
        assertThat(progress.get("bytesTotal").asLong()).isEqualTo(csv.length());
        assertThat(progress.get("percent").asDouble()).isBetween(0.0, 100.0);

        List<JsonNode> seen = poll(location, body -> body.get("status").asString().equals("COMPLETED"));
        JsonNode report = seen.get(seen.size() - 1);
        assertThat(report.get("rows").get("read").asLong()).isEqualTo(60_000);
        assertThat(report.get("orders").asLong()).isEqualTo(20_000);
        assertThat(report.get("customers").asLong()).isEqualTo(2_000);
        assertThat(report.get("run").get("status").asString()).isEqualTo("COMPLETED");
        for (JsonNode before : seen.subList(0, seen.size() - 1)) {
            assertThat(before.get("status").asString()).isEqualTo("PROCESSING");
            assertThat(before.get("phase").asString()).isIn("parsing", "storing", "running");
            assertThat(before.get("rowsDone").asLong()).isBetween(0L, 60_000L);
        }
        assertThat(http.get().uri("/customers?size=1").exchange().expectStatus().isOk().expectBody(JsonNode.class)
                .returnResult().getResponseBody().get("totalElements").asLong()).isEqualTo(2_000);
    }

    @Test
    void anAsyncUploadThatFailsInTheBackgroundTellsTheProblemAndStoresNothing() throws InterruptedException {
        long uploadsBefore = uploads();
        var accepted = http.post().uri("/uploads").header("Prefer", "respond-async")
                .contentType(MediaType.MULTIPART_FORM_DATA)
                .body(UploadForms.csv("not-purchases.csv", "name,colour\nann,red\nbob,blue\n"))
                .exchange().expectStatus().isAccepted().expectBody(JsonNode.class).returnResult();
        String location = accepted.getResponseHeaders().getFirst(HttpHeaders.LOCATION);
        List<JsonNode> seen = poll(location, body -> !body.get("status").asString().equals("PROCESSING"));
        JsonNode failed = seen.get(seen.size() - 1);
        assertThat(failed.get("status").asString()).isEqualTo("FAILED");
        assertThat(failed.get("problem").get("status").asInt()).isEqualTo(422);
        assertThat(failed.get("problem").get("type").asString()).isEqualTo("urn:segmentation:problem:missing-columns");
        assertThat(failed.get("problem").get("detail").asString()).isNotBlank();
        assertThat(uploads()).isEqualTo(uploadsBefore);
    }

    @Test
    void whatIsRefusedBeforeTheWorkStartsIsRefusedAtOnce() {
        JsonNode empty = http.post().uri("/uploads").header("Prefer", "respond-async")
                .contentType(MediaType.MULTIPART_FORM_DATA).body(UploadForms.csv("empty.csv", ""))
                .exchange().expectStatus().isBadRequest().expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(empty.get("type").asString()).endsWith(":empty-file");
        JsonNode badDate = http.post().uri("/runs?asOf=yesterday&force=true").header("Prefer", "respond-async")
                .exchange().expectStatus().isBadRequest().expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(badDate.get("detail").asString()).contains("yesterday");
    }

    @Test
    void anAsyncRunAnswers202WithItsProgressAndEndsCompleted() throws InterruptedException {
        http.post().uri("/uploads").contentType(MediaType.MULTIPART_FORM_DATA)
                .body(UploadForms.csv("small.csv", HEADER + "1,A,Thing,2,2011-03-05 10:00:00,5.25,C1,France\n"
                        + "2,A,Thing,1,2011-04-05 10:00:00,3.00,C2,France\n"))
                .exchange().expectStatus().is2xxSuccessful();
        var accepted = http.post().uri("/runs?force=true").header("Prefer", "respond-async, wait=5").exchange()
                .expectStatus().isAccepted().expectBody(JsonNode.class).returnResult();
        JsonNode run = accepted.getResponseBody();
        String location = accepted.getResponseHeaders().getFirst(HttpHeaders.LOCATION);
        assertThat(location).isEqualTo("/runs/" + run.get("id").asString());
        assertThat(run.get("status").asString()).isEqualTo("RUNNING");
        assertThat(run.get("progress").get("phase").asString()).isIn("load", "compute", "history", "store", "publish");
        assertThat(run.get("progress").get("percent").asDouble()).isBetween(0.0, 99.0);

        List<JsonNode> seen = poll(location, body -> !body.get("status").asString().equals("RUNNING"));
        JsonNode done = seen.get(seen.size() - 1);
        assertThat(done.get("status").asString()).isEqualTo("COMPLETED");
        assertThat(done.get("progress").isNull()).isTrue();
        assertThat(done.get("phaseMillis").has("publish")).isTrue();
    }

    private long uploads() {
        return http.get().uri("/uploads").exchange().expectStatus().isOk().expectBody(JsonNode.class).returnResult()
                .getResponseBody().get("totalElements").asLong();
    }

    /** GETs the resource every 20 ms until {@code done} holds (at most 60 s); answers every body seen, the last done. */
    private List<JsonNode> poll(String location, java.util.function.Predicate<JsonNode> done)
            throws InterruptedException {
        List<JsonNode> seen = new ArrayList<>();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            JsonNode body = http.get().uri(location).exchange().expectStatus().isOk().expectBody(JsonNode.class)
                    .returnResult().getResponseBody();
            seen.add(body);
            if (done.test(body)) {
                return seen;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("not done after 60 s: " + seen.get(seen.size() - 1));
    }
}
