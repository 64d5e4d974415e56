package io.segmentation.web;

import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * Limits requests per API key, or per client IP without a valid key, with one bucket4j token bucket each; an
 * exhausted bucket answers a 429 problem with {@code Retry-After} in seconds. Open paths are not counted.
 */
final class RateLimitFilter extends OncePerRequestFilter {

    static final String REMAINING_HEADER = "X-RateLimit-Remaining";

    private final RateLimitSettings settings;
    private final HandlerExceptionResolver problems;
    private final Map<String, Bucket> buckets;

    RateLimitFilter(RateLimitSettings settings, HandlerExceptionResolver problems) {
        this.settings = settings;
        this.problems = problems;
        // why: a bounded, least-recently-used map, so many distinct client addresses cannot exhaust memory
        this.buckets = Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
                return size() > settings.maxClients();
            }
        });
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return AccessRules.OPEN.matches(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ConsumptionProbe probe = buckets.computeIfAbsent(client(request), c -> newBucket()).tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            response.setHeader(REMAINING_HEADER, Long.toString(probe.getRemainingTokens()));
            chain.doFilter(request, response);
            return;
        }
        long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill() + 999_999_999L));
        problems.resolveException(request, response, null, new RateLimitExceededException(seconds));
    }

    private Bucket newBucket() {
        return Bucket.builder()
                .addLimit(limit -> limit.capacity(settings.burst()).refillGreedy(settings.limit(), settings.period()))
                .build();
    }

    private static String client(HttpServletRequest request) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken)) {
            return "key:" + authentication.getName();
        }
        return "ip:" + request.getRemoteAddr();
    }
}
