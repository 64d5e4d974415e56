package io.segmentation.events;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The signature header is Stripe's scheme: t=<unix>,v1=HMAC-SHA256(secret, t + "." + body) in lower-case hex. */
class WebhookSignatureTests {

    @Test
    void signsTheTimestampDotBodyWithHmacSha256() {
        byte[] body = "{\"a\":1}".getBytes(StandardCharsets.UTF_8);
        // why: computed independently with: printf '1733086800.{"a":1}' | openssl dgst -sha256 -hmac secret
        assertThat(WebhookSignature.header("secret", 1_733_086_800L, body))
                .isEqualTo("t=1733086800,v1=" + WebhookSignature.hmacHex("secret", 1_733_086_800L, body))
                .matches("t=1733086800,v1=[0-9a-f]{64}");
        assertThat(WebhookSignature.hmacHex("secret", 1_733_086_800L, body))
                .isEqualTo(OPENSSL);
    }

    @Test
    void anotherTimestampSecretOrBodyGivesAnotherSignature() {
        byte[] body = "{\"a\":1}".getBytes(StandardCharsets.UTF_8);
        String base = WebhookSignature.hmacHex("secret", 1L, body);
        assertThat(WebhookSignature.hmacHex("secret", 2L, body)).isNotEqualTo(base);
        assertThat(WebhookSignature.hmacHex("other", 1L, body)).isNotEqualTo(base);
        assertThat(WebhookSignature.hmacHex("secret", 1L, "{\"a\":2}".getBytes(StandardCharsets.UTF_8)))
                .isNotEqualTo(base);
    }

    private static final String OPENSSL = "822424399690eca69258a173534d9fadea787631bae6d5f54c8a00db769a5311";
}
