package io.segmentation.web;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Binding of {@code segmentation.security} from environment variables, as the Docker image receives it. */
class SecuritySettingsTests {

    static final String KEY = "an-operator-key";

    private static SecuritySettings bind(Map<String, Object> env) {
        Binder binder = new Binder(ConfigurationPropertySources.from(new SystemEnvironmentPropertySource(
                StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, env)));
        return binder.bindOrCreate("segmentation.security", Bindable.of(SecuritySettings.class));
    }

    @Test
    void bindsKeysFromEnvironmentVariables() {
        SecuritySettings settings = bind(Map.of("SEGMENTATION_SECURITY_ENABLED", "true",
                "SEGMENTATION_SECURITY_KEYS_0_NAME", "operator",
                "SEGMENTATION_SECURITY_KEYS_0_SHA256", ApiKeyFixtures.sha256(KEY).toUpperCase(),
                "SEGMENTATION_SECURITY_KEYS_0_AUTHORITIES", "read,write",
                "SEGMENTATION_SECURITY_KEYS_1_NAME", "dashboard",
                "SEGMENTATION_SECURITY_KEYS_1_SHA256", ApiKeyFixtures.sha256("another"),
                "SEGMENTATION_SECURITY_KEYS_1_AUTHORITIES", "read"));
        assertThat(settings.enabled()).isTrue();
        assertThat(settings.keys()).extracting(SecuritySettings.Key::name).containsExactly("operator", "dashboard");
        assertThat(settings.keys().get(0).authorities()).containsExactlyInAnyOrder("read", "write");
        assertThat(new ApiKeys(settings.keys()).authenticate(KEY)).hasValueSatisfying(a -> {
            assertThat(a.getName()).isEqualTo("operator");
            assertThat(a.getCredentials()).isNull();
        });
    }

    @Test
    void isOffWithoutSettings() {
        SecuritySettings settings = bind(Map.of());
        assertThat(settings.enabled()).isFalse();
        assertThat(settings.keys()).isEmpty();
    }

    @Test
    void refusesToStartEnabledWithoutKeys() {
        assertThatThrownBy(() -> bind(Map.of("SEGMENTATION_SECURITY_ENABLED", "true")))
                .isInstanceOf(BindException.class).rootCause().hasMessageContaining("no key is configured");
    }

    @Test
    void refusesAPlainKeyWhereTheHashBelongsWithoutEchoingIt() {
        assertThatThrownBy(() -> bind(Map.of("SEGMENTATION_SECURITY_ENABLED", "true",
                "SEGMENTATION_SECURITY_KEYS_0_NAME", "operator", "SEGMENTATION_SECURITY_KEYS_0_SHA256", KEY,
                "SEGMENTATION_SECURITY_KEYS_0_AUTHORITIES", "read")))
                .rootCause().hasMessageContaining("keys[0].sha256 must be 64 hex digits").message().doesNotContain(KEY);
    }

    @Test
    void refusesUnknownAuthorities() {
        assertThatThrownBy(() -> bind(Map.of("SEGMENTATION_SECURITY_KEYS_0_NAME", "operator",
                "SEGMENTATION_SECURITY_KEYS_0_SHA256", ApiKeyFixtures.sha256(KEY),
                "SEGMENTATION_SECURITY_KEYS_0_AUTHORITIES", "admin")))
                .rootCause().hasMessageContaining("must be read, write or both");
    }
}
