package io.segmentation.events;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BooleanSupplier;

import io.segmentation.storage.MongoStartup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.util.LinkedMultiValueMap;
import tools.jackson.databind.ObjectMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Segment changes over HTTP: the delta of a run is the difference of the two runs' customer profiles, paged; three
 * webhooks (one that acknowledges, one that fails twice per delivery, one that hangs) receive it signed, in batches,
 * with an idempotency key per delivery; a new dispatcher (a restarted service) sends what the store holds pending.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "test.store=segment-changes")
@AutoConfigureRestTestClient
@ActiveProfiles("test")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SegmentChangesIntegrationTests {

    private static final WebhookReceiver RECEIVER = new WebhookReceiver();
    private static final int BATCH_SIZE = 20;
    private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
    };
    private static final Map<String, String> STATE = new HashMap<>();

    @DynamicPropertySource
    static void webhooks(DynamicPropertyRegistry registry) {
        List<String> paths = List.of("/ok", "/flaky", "/hang");
        for (int i = 0; i < paths.size(); i++) {
            String path = paths.get(i);
            registry.add("segmentation.webhooks[" + i + "].url", () -> RECEIVER.url(path));
            registry.add("segmentation.webhooks[" + i + "].secret", () -> WebhookReceiver.SECRET);
        }
        registry.add("segmentation.events.batch-size", () -> BATCH_SIZE);
        registry.add("segmentation.events.initial-backoff", () -> "100ms");
        registry.add("segmentation.events.poll-interval", () -> "100ms");
        registry.add("segmentation.events.read-timeout", () -> "500ms");
        registry.add("segmentation.events.max-attempts", () -> 3);
    }

    @Autowired
    RestTestClient http;

    @Autowired
    DeliveryStore deliveries;

    @Autowired
    Webhooks webhooks;

    @Autowired
    EventSettings settings;

    @Autowired
    ObjectMapper json;

    @Autowired
    MongoStartup startup;

    @AfterAll
    static void stopReceiver() {
        RECEIVER.stop();
    }

    @Test
    @Order(1)
    void theFirstRunHasAnEmptyDeltaWithANote() {
        upload("first.csv", firstFile());
        STATE.put("run1", publishedRun());
        Map<String, Object> page = get("/segments/changes");
        assertThat(page.get("runId")).isEqualTo(STATE.get("run1"));
        assertThat(page.get("totalElements")).isEqualTo(0);
        assertThat((List<?>) page.get("content")).isEmpty();
        assertThat((String) page.get("note")).contains("first published run");
        PROFILES.put(STATE.get("run1"), profiles());
    }

    private static final Map<String, Map<String, List<String>>> PROFILES = new HashMap<>();

    @Test
    @Order(2)
    void theDeltaIsTheDifferenceOfTheTwoRunsProfilesPaged() {
        upload("second.csv", secondFile());
        String run2 = publishedRun();
        STATE.put("run2", run2);
        PROFILES.put(run2, profiles());
        Set<List<String>> expected = diff(PROFILES.get(STATE.get("run1")), PROFILES.get(run2));
        assertThat(expected).as("the test data moves customers").hasSizeGreaterThan(BATCH_SIZE * 2);
        assertThat(expected).anyMatch(c -> c.get(0).startsWith("N") && c.get(3) == null);

        List<List<String>> served = new ArrayList<>();
        int pages = 0;
        for (int page = 0; ; page++) {
            Map<String, Object> body = get("/segments/changes?run=" + run2 + "&page=" + page + "&size=5");
            assertThat(body.get("previousRunId")).isEqualTo(STATE.get("run1"));
            assertThat(((Number) body.get("totalElements")).intValue()).isEqualTo(expected.size());
            List<Map<String, Object>> content = content(body);
            if (content.isEmpty()) {
                break;
            }
            assertThat(content).hasSizeLessThanOrEqualTo(5);
            content.forEach(c -> served.add(key(c)));
            pages++;
        }
        assertThat(pages).isEqualTo((expected.size() + 4) / 5);
        assertThat(served).doesNotHaveDuplicates();
        assertThat(new HashSet<>(served)).isEqualTo(expected);
        assertThat(get("/segments/changes?size=1000").get("runId")).as("run defaults to the published run")
                .isEqualTo(run2);

        // /customers?changedSince=run1: the customers of run 2 whose segments changed, every scheme
        Set<String> changed = new HashSet<>();
        expected.stream().filter(c -> c.get(4) != null).forEach(c -> changed.add(c.get(0)));
        List<String> listed = new ArrayList<>();
        content(get("/customers?size=1000&changedSince=" + STATE.get("run1")))
                .forEach(c -> listed.add((String) c.get("customerId")));
        assertThat(listed).isSorted().doesNotHaveDuplicates();
        assertThat(new HashSet<>(listed)).isEqualTo(changed);
        assertThat(content(get("/customers?changedSince=" + run2))).as("nothing changed since the published run")
                .isEmpty();
        Map<String, Object> problem = http.get().uri("/customers?changedSince=no-such-run").exchange().expectStatus()
                .isBadRequest().expectBody(JSON).returnResult().getResponseBody();
        assertThat((String) problem.get("type")).endsWith(":unknown-change-base");
    }

    @Test
    @Order(3)
    void webhooksReceiveExactlyTheDeltaSignedInBatchesWithOneKeyPerDelivery() {
        String run2 = STATE.get("run2");
        Set<List<String>> expected = diff(PROFILES.get(STATE.get("run1")), PROFILES.get(run2));
        int batches = (expected.size() + BATCH_SIZE - 1) / BATCH_SIZE;
        await(() -> bodies("/ok", run2).size() >= batches);
        List<Map<String, Object>> bodies = bodies("/ok", run2);
        assertThat(bodies).hasSize(batches);
        Set<List<String>> delivered = new HashSet<>();
        Set<Object> batchNumbers = new HashSet<>();
        for (Map<String, Object> body : bodies) {
            assertThat(body.get("event")).isEqualTo("segment.changes");
            assertThat(body.get("previousRunId")).isEqualTo(STATE.get("run1"));
            assertThat(body.get("batches")).isEqualTo(batches);
            assertThat(content(body)).hasSizeBetween(1, BATCH_SIZE);
            content(body).forEach(c -> assertThat(delivered.add(key(c))).isTrue());
            batchNumbers.add(body.get("batch"));
        }
        assertThat(delivered).isEqualTo(expected);
        assertThat(batchNumbers).hasSize(batches);
        for (WebhookReceiver.Received r : RECEIVER.at("/ok")) {
            assertThat(r.signatureValid()).as("signature of %s", r.idempotencyKey()).isTrue();
            assertThat(Math.abs(r.timestamp() - Instant.now().getEpochSecond())).isLessThan(300);
            assertThat(r.idempotencyKey()).isEqualTo(parse(r.body()).get("deliveryId"));
        }
        assertThat(RECEIVER.at("/ok").stream().map(WebhookReceiver.Received::idempotencyKey).distinct())
                .hasSize(batches);
    }

    @Test
    @Order(4)
    void aReceiverThatFailsTwiceGetsRetriesWithTheSameKeyUntilItAcknowledges() {
        String run2 = STATE.get("run2");
        await(() -> deliveriesOf(RECEIVER.url("/flaky"), "delivered").size()
                == deliveriesOf(RECEIVER.url("/ok"), null).size());
        List<Map<String, Object>> flaky = deliveriesOf(RECEIVER.url("/flaky"), "delivered");
        assertThat(flaky).isNotEmpty().allSatisfy(d -> {
            assertThat(d.get("attempts")).isEqualTo(3);
            assertThat(d.get("lastStatus")).isIn(200, 204);
            assertThat(d.get("lastError")).isNull();
            assertThat(d.get("runId")).isEqualTo(run2);
        });
        for (Map<String, Object> d : flaky) {
            List<WebhookReceiver.Received> attempts = RECEIVER.at("/flaky").stream()
                    .filter(r -> r.idempotencyKey().equals(d.get("id"))).toList();
            assertThat(attempts).hasSize(3).allMatch(WebhookReceiver.Received::signatureValid);
            assertThat(attempts.stream().map(WebhookReceiver.Received::body).distinct()).hasSize(1);
            assertThat(Duration.between(attempts.get(0).arrivedAt(), attempts.get(2).arrivedAt()))
                    .as("backoff 100 ms, then 200 ms").isGreaterThanOrEqualTo(Duration.ofMillis(250));
        }
    }

    @Test
    @Order(5)
    void aHangingReceiverNeverDelaysTheRunAndEndsFailed() {
        String run2 = STATE.get("run2");
        Map<String, Object> run = get("/runs/" + run2);
        assertThat(run.get("status")).isEqualTo("COMPLETED");
        Instant finished = Instant.parse((String) run.get("finishedAt"));
        Instant firstSent = RECEIVER.received.stream().filter(r -> parse(r.body()).get("runId").equals(run2))
                .map(WebhookReceiver.Received::arrivedAt).min(Instant::compareTo).orElseThrow();
        assertThat(firstSent).as("sent after the run completed").isAfterOrEqualTo(finished.minusMillis(50));
        await(() -> deliveriesOf(RECEIVER.url("/hang"), "failed").size()
                == deliveriesOf(RECEIVER.url("/ok"), null).size());
        assertThat(deliveriesOf(RECEIVER.url("/hang"), "failed")).allSatisfy(d -> {
            assertThat(d.get("attempts")).isEqualTo(3);
            assertThat((String) d.get("lastError")).isNotBlank().doesNotContain(WebhookReceiver.SECRET);
            assertThat(d.get("nextAttemptAt")).isNull();
        });
        Map<String, Object> all = get("/webhooks/deliveries?size=1000");
        assertThat(all.toString()).doesNotContain(WebhookReceiver.SECRET);
    }

    @Test
    @Order(6)
    void customersNoLongerInTheDataChangeToNull() {
        String uploadId = upload("visitor.csv", "InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country\n"
                + "990001,A,Thing,1,2011-12-01 10:00:00,3.00,V01,France\n");
        String run3 = publishedRun();
        PROFILES.put(run3, profiles());
        http.delete().uri("/uploads/" + uploadId).exchange().expectStatus().is2xxSuccessful();
        String run4 = publishedRun();
        Map<String, List<String>> after = profiles();
        Set<List<String>> expected = diff(PROFILES.get(run3), after);
        Set<List<String>> served = new HashSet<>(content(get("/segments/changes?run=" + run4 + "&size=1000"))
                .stream().map(SegmentChangesIntegrationTests::key).toList());
        assertThat(served).isEqualTo(expected);
        assertThat(served).contains(java.util.Arrays.asList("V01", "rfm", "", PROFILES.get(run3).get("V01").get(0), null));
        assertThat(served).filteredOn(c -> c.get(0).equals("V01")).allMatch(c -> c.get(4) == null);
    }

    @Test
    @Order(7)
    void pendingDeliveriesSurviveARestartAndAreSentByTheNextDispatcher() {
        Instant now = Instant.now();
        String id = "restart-" + now.toEpochMilli();
        // why: due only in a minute, so the running service leaves it alone; the "restarted" one lives later
        deliveries.insert(List.of(new DeliveryDocument(id, RECEIVER.url("/ok"), "run-before-restart", null, 1, 1, 1,
                List.of(new SegmentChange("R01", "rfm", null, "lost", "champions")), DeliveryState.PENDING, 0,
                null, null, now.plusSeconds(60), now, null)));
        assertThat(deliveriesOf(RECEIVER.url("/ok"), "pending")).anyMatch(d -> d.get("id").equals(id));
        Clock later = Clock.offset(Clock.systemUTC(), Duration.ofMinutes(2));
        WebhookDispatcher restarted = new WebhookDispatcher(deliveries, webhooks, settings, new WebhookClient(settings),
                json, later, startup);
        assertThat(restarted.sendDue()).isGreaterThanOrEqualTo(1);
        restarted.stop();
        assertThat(RECEIVER.at("/ok")).anyMatch(r -> r.idempotencyKey().equals(id) && r.signatureValid()
                && r.body().contains("R01"));
        assertThat(deliveriesOf(RECEIVER.url("/ok"), "delivered")).anyMatch(d -> d.get("id").equals(id));
    }

    @Test
    @Order(8)
    void unknownRunsAre404AndUnknownStates400() {
        http.get().uri("/segments/changes?run=nope").exchange().expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.detail").value(String.class, d -> assertThat(d).contains("nope"));
        http.get().uri("/webhooks/deliveries?state=done").exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.type").isEqualTo("urn:segmentation:problem:invalid-state");
    }

    /** customerId, scheme, dimension ("" for none), from, to: one change, comparable. */
    private static List<String> key(Map<String, Object> change) {
        return java.util.Arrays.asList((String) change.get("customerId"), (String) change.get("scheme"),
                change.get("dimension") == null ? "" : (String) change.get("dimension"), (String) change.get("from"),
                (String) change.get("to"));
    }

    /** The changes between two runs' profiles (customer id -> rfm, cluster, frequency, spending, category). */
    private static Set<List<String>> diff(Map<String, List<String>> before, Map<String, List<String>> after) {
        List<String> schemes = List.of("rfm", "cluster", "rules", "rules", "rules");
        List<String> dimensions = List.of("", "", "purchaseFrequency", "spending", "category");
        Set<String> ids = new HashSet<>(before.keySet());
        ids.addAll(after.keySet());
        Set<List<String>> changes = new HashSet<>();
        for (String id : ids) {
            for (int i = 0; i < schemes.size(); i++) {
                String from = before.containsKey(id) ? before.get(id).get(i) : null;
                String to = after.containsKey(id) ? after.get(id).get(i) : null;
                if (!Objects.equals(from, to)) {
                    changes.add(java.util.Arrays.asList(id, schemes.get(i), dimensions.get(i), from, to));
                }
            }
        }
        return changes;
    }

    @SuppressWarnings("unchecked")
    private Map<String, List<String>> profiles() {
        Map<String, List<String>> segments = new HashMap<>();
        for (Map<String, Object> c : content(get("/customers?size=1000"))) {
            Map<String, Object> rules = (Map<String, Object>) c.get("rules");
            segments.put((String) c.get("customerId"), java.util.Arrays.asList((String) c.get("rfmSegment"),
                    (String) c.get("cluster"), rules == null ? null : (String) rules.get("purchaseFrequency"),
                    rules == null ? null : (String) rules.get("spending"),
                    rules == null ? null : (String) rules.get("category")));
        }
        return segments;
    }

    private List<Map<String, Object>> bodies(String path, String runId) {
        Map<String, Map<String, Object>> byKey = new HashMap<>();
        RECEIVER.at(path).forEach(r -> {
            Map<String, Object> body = parse(r.body());
            if (runId.equals(body.get("runId"))) {
                byKey.put(r.idempotencyKey(), body);
            }
        });
        return new ArrayList<>(byKey.values());
    }

    private List<Map<String, Object>> deliveriesOf(String url, String state) {
        return content(get("/webhooks/deliveries?size=1000" + (state == null ? "" : "&state=" + state))).stream()
                .filter(d -> url.equals(d.get("url"))).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> content(Map<String, Object> page) {
        Object content = page.containsKey("content") ? page.get("content") : page.get("changes");
        return (List<Map<String, Object>>) content;
    }

    private Map<String, Object> parse(String body) {
        return json.readValue(body, new tools.jackson.core.type.TypeReference<Map<String, Object>>() {
        });
    }

    private Map<String, Object> get(String uri) {
        return http.get().uri(uri).exchange().expectStatus().isOk().expectBody(JSON).returnResult().getResponseBody();
    }

    private String publishedRun() {
        return (String) get("/segments").get("runId");
    }

    private String upload(String name, String csv) {
        var form = new LinkedMultiValueMap<String, Object>();
        form.add("file", new ByteArrayResource(csv.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return name;
            }
        });
        Map<String, Object> report = http.post().uri("/uploads").contentType(MediaType.MULTIPART_FORM_DATA).body(form)
                .exchange().expectStatus().isCreated().expectBody(JSON).returnResult().getResponseBody();
        return (String) report.get("id");
    }

    private static void await(BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited 30 s").isLessThan(deadline);
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** 30 customers, 1 to 8 orders each between January and June 2011, of growing value. */
    private static String firstFile() {
        StringBuilder csv = new StringBuilder(HEADER);
        int invoice = 100_000;
        for (int c = 1; c <= 30; c++) {
            int orders = 1 + c % 8;
            for (int o = 0; o < orders; o++) {
                csv.append(invoice++).append(",A,Thing,").append(1 + c % 5).append(",2011-0").append(1 + (c + o) % 6)
                        .append('-').append(String.format("%02d", 1 + (c * 7 + o) % 27)).append(" 10:00:00,")
                        .append(2.5 * c).append(",C").append(String.format("%02d", c)).append(",United Kingdom\n");
            }
        }
        return csv.toString();
    }

    /** Ten of them buy much more from September to December; five new customers arrive in December. */
    private static String secondFile() {
        StringBuilder csv = new StringBuilder(HEADER);
        int invoice = 200_000;
        for (int c = 1; c <= 10; c++) {
            for (int o = 0; o < 6; o++) {
                csv.append(invoice++).append(",B,Other,10,2011-").append(9 + o % 4).append('-')
                        .append(String.format("%02d", 1 + (c + o) % 27)).append(" 11:00:00,40.0,C")
                        .append(String.format("%02d", c)).append(",United Kingdom\n");
            }
        }
        for (int n = 1; n <= 5; n++) {
            csv.append(invoice++).append(",B,Other,").append(n).append(",2011-12-0").append(n)
                    .append(" 12:00:00,7.5,N0").append(n).append(",France\n");
        }
        return csv.toString();
    }

    private static final String HEADER = "InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country\n";
}
