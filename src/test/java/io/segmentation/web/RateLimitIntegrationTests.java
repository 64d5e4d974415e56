package io.segmentation.web;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;

import static io.segmentation.web.ApiKeyFixtures.HEADER;
import static io.segmentation.web.ApiKeyFixtures.READ_KEY;
import static io.segmentation.web.ApiKeyFixtures.WRITE_KEY;
import static io.segmentation.web.ApiKeyFixtures.WRITE_ONLY_KEY;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rate limits over real HTTP with a tiny bucket (3 requests, then 1 an hour): each key and each anonymous client
 * has its own bucket; every test uses a different client so that their order does not matter.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "segmentation.rate-limit.burst=3", "segmentation.rate-limit.limit=1", "segmentation.rate-limit.period=1h"})
@AutoConfigureRestTestClient
@ActiveProfiles("test")
class RateLimitIntegrationTests {

    static final int BURST = 3;

    @DynamicPropertySource
    static void keys(DynamicPropertyRegistry registry) {
        ApiKeyFixtures.register(registry);
    }

    @Autowired
    RestTestClient http;

    @Test
    void aKeyGetsItsBurstThenA429ProblemWithRetryAfter() {
        for (int i = 0; i < BURST; i++) {
            http.get().uri("/runs").header(HEADER, READ_KEY).exchange().expectStatus().isOk()
                    .expectHeader().valueEquals(RateLimitFilter.REMAINING_HEADER, Integer.toString(BURST - 1 - i));
        }
        RestTestClient.ResponseSpec response = http.get().uri("/runs").header(HEADER, READ_KEY).exchange()
                .expectStatus().isEqualTo(429)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        String retryAfter = response.returnResult(String.class).getResponseHeaders().getFirst(HttpHeaders.RETRY_AFTER);
        assertThat(Long.parseLong(retryAfter)).isBetween(1L, 3600L);
        Map<?, ?> problem = http.get().uri("/runs").header(HEADER, READ_KEY).exchange().expectStatus().isEqualTo(429)
                .expectBody(Map.class).returnResult().getResponseBody();
        assertThat(problem.get("type")).isEqualTo("urn:segmentation:problem:too-many-requests");
        assertThat(problem.get("status")).isEqualTo(429);
        assertThat(problem.get("detail")).asString().contains("retry after");
    }

    @Test
    void anotherKeyKeepsItsOwnBucket() {
        for (int i = 0; i < BURST + 2; i++) {
            http.get().uri("/runs").header(HEADER, WRITE_ONLY_KEY).exchange();
        }
        http.get().uri("/runs").header(HEADER, WRITE_KEY).exchange().expectStatus().isOk();
    }

    @Test
    void clientsWithoutAKeyAreLimitedByAddressBeforeBeingAskedForAKey() {
        for (int i = 0; i < BURST; i++) {
            http.get().uri("/segments").exchange().expectStatus().isUnauthorized();
        }
        http.get().uri("/segments").exchange().expectStatus().isEqualTo(429)
                .expectHeader().exists(HttpHeaders.RETRY_AFTER);
    }

    @Test
    void healthProbesAndSwaggerAreNeverLimited() {
        for (int i = 0; i < BURST * 3; i++) {
            http.get().uri("/health").exchange().expectStatus().isOk();
            http.get().uri("/actuator/health/readiness").exchange().expectStatus().isOk();
            http.get().uri("/v3/api-docs").exchange().expectStatus().isOk();
        }
    }
}
