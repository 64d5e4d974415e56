package io.segmentation.web;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.web.cors.CorsConfiguration;

/**
 * Cross-origin access for browser applications on other origins; none by default. Origins are exact
 * ({@code https://crm.example.com}) or patterns ({@code https://*.example.com}); {@code *} admits any.
 *
 * @param allowedOrigins origins whose pages may call the API
 * @param maxAge         how long a browser may cache a preflight answer
 */
@ConfigurationProperties("segmentation.cors")
record CorsSettings(@DefaultValue List<String> allowedOrigins, @DefaultValue("1h") Duration maxAge) {

    /** The CORS rules of the API, or null when no origin is allowed. */
    @org.jspecify.annotations.Nullable CorsConfiguration configuration() {
        if (allowedOrigins.isEmpty()) {
            return null;
        }
        CorsConfiguration cors = new CorsConfiguration();
        cors.setAllowedOriginPatterns(allowedOrigins);
        cors.setAllowedMethods(List.of("GET", "POST", "PUT", "DELETE", "OPTIONS"));
        cors.setAllowedHeaders(List.of("Content-Type", "Accept", "X-API-Key", "Prefer"));
        cors.setExposedHeaders(List.of("Location", "Retry-After", "WWW-Authenticate", "Content-Disposition"));
        // why: callers authenticate with X-API-Key, never cookies, so credentials stay off
        cors.setAllowCredentials(false);
        cors.setMaxAge(maxAge);
        return cors;
    }
}
