package io.segmentation.events;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The {@code X-Segmentation-Signature} header of a delivery, as Stripe signs its webhooks:
 * {@code t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>" keyed with the webhook's secret>}. A receiver
 * recomputes v1 over the raw body, compares it in constant time and rejects timestamps too far from its clock.
 */
final class WebhookSignature {

    static final String HEADER = "X-Segmentation-Signature";

    private WebhookSignature() {
    }

    /** The header value for a body sent at {@code unixSeconds}. */
    static String header(String secret, long unixSeconds, byte[] body) {
        return "t=" + unixSeconds + ",v1=" + hmacHex(secret, unixSeconds, body);
    }

    /** Hex of HMAC-SHA256(secret, {@code unixSeconds + "." + body}), lower case. */
    static String hmacHex(String secret, long unixSeconds, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update((unixSeconds + ".").getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
