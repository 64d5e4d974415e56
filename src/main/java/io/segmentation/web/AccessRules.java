package io.segmentation.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Which requests are open, and which authority the others need: reads ({@code GET}, {@code HEAD}, {@code OPTIONS}
 * and {@code POST /predict}, which stores nothing) need {@code read}; everything else needs {@code write}.
 */
final class AccessRules {

    static final String READ = "read";
    static final String WRITE = "write";

    /**
     * Health, the Actuator probes, Swagger UI, the OpenAPI document and the dashboard's static files (the page asks
     * for a key itself when its API calls answer 401): no key, no rate limit.
     */
    static final RequestMatcher OPEN = new OrRequestMatcher(
            PathPatternRequestMatcher.pathPattern(HttpMethod.GET, "/"),
            PathPatternRequestMatcher.pathPattern(HttpMethod.GET, "/index.html"),
            PathPatternRequestMatcher.pathPattern(HttpMethod.GET, "/dashboard"),
            PathPatternRequestMatcher.pathPattern(HttpMethod.GET, "/dashboard/"),
            PathPatternRequestMatcher.pathPattern(HttpMethod.GET, "/favicon.ico"),
            PathPatternRequestMatcher.pathPattern(HttpMethod.GET, "/assets/**"),
            PathPatternRequestMatcher.pathPattern(HttpMethod.GET, "/vendor/**"),
            PathPatternRequestMatcher.pathPattern(HttpMethod.GET, "/webjars/**"),
            PathPatternRequestMatcher.pathPattern("/health"),
            PathPatternRequestMatcher.pathPattern("/actuator/health"),
            PathPatternRequestMatcher.pathPattern("/actuator/health/**"),
            PathPatternRequestMatcher.pathPattern("/swagger-ui.html"),
            PathPatternRequestMatcher.pathPattern("/swagger-ui/**"),
            PathPatternRequestMatcher.pathPattern("/v3/api-docs"),
            PathPatternRequestMatcher.pathPattern("/v3/api-docs/**"));

    private static final RequestMatcher PREDICT = PathPatternRequestMatcher.pathPattern(HttpMethod.POST, "/predict");

    private AccessRules() {
    }

    static String requiredAuthority(HttpServletRequest request) {
        String method = request.getMethod();
        boolean read = "GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method)
                || PREDICT.matches(request);
        return read ? READ : WRITE;
    }
}
