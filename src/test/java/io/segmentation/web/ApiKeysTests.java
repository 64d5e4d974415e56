package io.segmentation.web;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;

import static org.assertj.core.api.Assertions.assertThat;

/** Matching a presented key against configured SHA-256 digests. */
class ApiKeysTests {

    final ApiKeys keys = new ApiKeys(List.of(
            new SecuritySettings.Key("reporting", ApiKeyFixtures.sha256("read-key"), Set.of("read")),
            new SecuritySettings.Key("crm", ApiKeyFixtures.sha256("write-key").toUpperCase(), Set.of("read", "write"))));

    @Test
    void aConfiguredKeyAuthenticatesItsHolderWithItsAuthoritiesAndNoCredentials() {
        assertThat(keys.authenticate("write-key")).hasValueSatisfying(a -> {
            assertThat(a.getName()).isEqualTo("crm");
            assertThat(a.isAuthenticated()).isTrue();
            assertThat(a.getCredentials()).isNull();
            assertThat(a.getAuthorities()).extracting(GrantedAuthority::getAuthority)
                    .containsExactlyInAnyOrder("read", "write");
        });
    }

    @Test
    void unknownKeysAndHashesAreRejected() {
        assertThat(keys.authenticate("read-key ")).isEmpty();
        assertThat(keys.authenticate("READ-KEY")).isEmpty();
        assertThat(keys.authenticate(ApiKeyFixtures.sha256("read-key"))).isEmpty();
        assertThat(keys.authenticate("")).isEmpty();
    }
}
