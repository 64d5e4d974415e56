package io.segmentation.web;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * API-key security: off by default (the embedded demo), on in the Docker image.
 *
 * @param enabled whether reads need a key with {@code read} and writes a key with {@code write}
 * @param keys    the accepted keys; each holds the hex SHA-256 of the key, never the key itself
 */
@ConfigurationProperties("segmentation.security")
record SecuritySettings(@DefaultValue("false") boolean enabled, @DefaultValue List<Key> keys) {

    static final Set<String> AUTHORITIES = Set.of(AccessRules.READ, AccessRules.WRITE);

    private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-fA-F]{64}");

    SecuritySettings {
        if (enabled && keys.isEmpty()) {
            throw new IllegalArgumentException("segmentation.security.enabled is true but no key is configured: set "
                    + "segmentation.security.keys[0].name, .sha256 and .authorities (env SEGMENTATION_SECURITY_KEYS_0_NAME, "
                    + "SEGMENTATION_SECURITY_KEYS_0_SHA256, SEGMENTATION_SECURITY_KEYS_0_AUTHORITIES)");
        }
        for (int i = 0; i < keys.size(); i++) {
            keys.get(i).check(i);
        }
    }

    /**
     * One accepted key.
     *
     * @param name        who holds the key, shown in logs and 403 problems (never the key)
     * @param sha256      hex SHA-256 of the key's UTF-8 bytes, as printed by {@code printf %s "$KEY" | sha256sum}
     * @param authorities {@code read}, {@code write} or both; {@code write} does not imply {@code read}
     */
    record Key(String name, String sha256, @DefaultValue Set<String> authorities) {

        // why: the messages never echo the configured value, in case a plain key was pasted where the hash belongs
        void check(int index) {
            String at = "segmentation.security.keys[" + index + "]";
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException(at + ".name is missing");
            }
            if (sha256 == null || !SHA256_HEX.matcher(sha256).matches()) {
                throw new IllegalArgumentException(at + ".sha256 must be 64 hex digits, the SHA-256 of the key "
                        + "(printf %s \"$KEY\" | sha256sum), not the key itself");
            }
            if (authorities.isEmpty() || !AUTHORITIES.containsAll(authorities)) {
                throw new IllegalArgumentException(at + ".authorities must be read, write or both");
            }
        }

        String sha256Lower() {
            return sha256.toLowerCase(Locale.ROOT);
        }
    }
}
