package io.segmentation.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;

/** The configured keys as SHA-256 digests; a presented key is hashed and compared with each in constant time. */
final class ApiKeys {

    private record Entry(String name, byte[] digest, String[] authorities) {
    }

    private final List<Entry> entries;

    ApiKeys(List<SecuritySettings.Key> keys) {
        this.entries = keys.stream().map(k -> new Entry(k.name(), HexFormat.of().parseHex(k.sha256Lower()),
                k.authorities().stream().sorted().toArray(String[]::new))).toList();
    }

    /** The authentication of the key's holder (name and authorities, no credentials), or empty for an unknown key. */
    Optional<Authentication> authenticate(String presentedKey) {
        byte[] digest = sha256(presentedKey);
        Entry match = null;
        // why: every entry is compared, so the time taken does not tell which key (or how many) came first
        for (Entry entry : entries) {
            if (MessageDigest.isEqual(entry.digest(), digest) && match == null) {
                match = entry;
            }
        }
        if (match == null) {
            return Optional.empty();
        }
        return Optional.of(UsernamePasswordAuthenticationToken.authenticated(match.name(), null,
                AuthorityUtils.createAuthorityList(match.authorities())));
    }

    static byte[] sha256(String key) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
