package io.segmentation.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.springframework.test.context.DynamicPropertyRegistry;

/** Plain test keys and the properties that configure their SHA-256 digests, as an operator would. */
final class ApiKeyFixtures {

    static final String HEADER = "X-API-Key";
    static final String READ_KEY = "rk-2f8d1c-test-read-only-key-1f9a";
    static final String WRITE_KEY = "wk-93be7a-test-read-write-key-6c0d";
    static final String WRITE_ONLY_KEY = "wo-5a1c44-test-write-only-key-b812";
    static final String WRONG_KEY = "xx-000000-not-a-configured-key-0000";

    private ApiKeyFixtures() {
    }

    static void register(DynamicPropertyRegistry registry) {
        registry.add("segmentation.security.enabled", () -> "true");
        key(registry, 0, "reporting", READ_KEY, "read");
        key(registry, 1, "crm-batch", WRITE_KEY, "read,write");
        key(registry, 2, "loader", WRITE_ONLY_KEY, "write");
    }

    private static void key(DynamicPropertyRegistry registry, int index, String name, String key, String authorities) {
        String at = "segmentation.security.keys[" + index + "].";
        registry.add(at + "name", () -> name);
        registry.add(at + "sha256", () -> sha256(key));
        registry.add(at + "authorities", () -> authorities);
    }

    static String sha256(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
