package io.segmentation.web;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;

import static io.segmentation.web.ApiKeyFixtures.HEADER;
import static io.segmentation.web.ApiKeyFixtures.READ_KEY;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * CORS over real HTTP with API keys on: a configured origin's preflight is answered without a key, its real requests
 * carry the CORS headers; any other origin gets none and its preflight is refused.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {"test.store=cors",
        "segmentation.cors.allowed-origins=https://crm.example.com"})
@AutoConfigureRestTestClient
@ActiveProfiles("test")
class CorsIntegrationTests {

    private static final String CRM = "https://crm.example.com";

    @Autowired
    RestTestClient http;

    @DynamicPropertySource
    static void keys(DynamicPropertyRegistry registry) {
        ApiKeyFixtures.register(registry);
    }

    @Test
    void aConfiguredOriginsPreflightIsAnsweredWithoutAKey() {
        HttpHeaders headers = http.options().uri("/predict").header(HttpHeaders.ORIGIN, CRM)
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS, "content-type,x-api-key")
                .exchange().expectStatus().isOk().returnResult(String.class).getResponseHeaders();
        assertThat(headers.getAccessControlAllowOrigin()).isEqualTo(CRM);
        assertThat(headers.getAccessControlAllowMethods()).extracting(Object::toString).contains("POST");
        assertThat(headers.getAccessControlAllowHeaders()).map(String::toLowerCase).contains("x-api-key", "content-type");
        assertThat(headers.getAccessControlMaxAge()).isEqualTo(3600);
    }

    @Test
    void aConfiguredOriginsRequestCarriesTheCorsHeadersAndStillNeedsItsKey() {
        HttpHeaders headers = http.get().uri("/segments").header(HttpHeaders.ORIGIN, CRM).header(HEADER, READ_KEY)
                .exchange().expectStatus().isOk().returnResult(String.class).getResponseHeaders();
        assertThat(headers.getAccessControlAllowOrigin()).isEqualTo(CRM);
        assertThat(headers.getAccessControlExposeHeaders()).contains("Location", "Retry-After");
        http.get().uri("/segments").header(HttpHeaders.ORIGIN, CRM).exchange().expectStatus().isUnauthorized()
                .expectHeader().valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, CRM);
    }

    @Test
    void anotherOriginGetsNoCorsHeadersAndItsPreflightIsRefused() {
        http.options().uri("/predict").header(HttpHeaders.ORIGIN, "https://evil.example.org")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST").exchange()
                .expectStatus().isForbidden().expectHeader().doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN);
        http.get().uri("/segments").header(HttpHeaders.ORIGIN, "https://evil.example.org").header(HEADER, READ_KEY)
                .exchange().expectStatus().isForbidden()
                .expectHeader().doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN)
                .expectHeader().contentType("application/problem+json")
                .expectBody().jsonPath("$.type").isEqualTo("urn:segmentation:problem:origin-not-allowed")
                .jsonPath("$.detail").value(detail -> org.assertj.core.api.Assertions.assertThat((String) detail)
                        .contains("segmentation.cors.allowed-origins"));
    }
}
