package io.segmentation.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * The one security filter chain: stateless, no CSRF, no sessions, no login pages. With
 * {@code segmentation.security.enabled} every path but {@link AccessRules#OPEN} needs an {@code X-API-Key} holding
 * the authority {@link AccessRules#requiredAuthority} names; 401 and 403 are problem details written by
 * {@link ProblemDetailsAdvice}. Rate limiting applies either way; CORS only for {@link CorsSettings}' origins.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(SecurityConfiguration.class);

    @Bean
    SecurityFilterChain apiSecurity(HttpSecurity http, SecuritySettings security, RateLimitSettings rateLimit,
            CorsSettings corsSettings, @Qualifier("handlerExceptionResolver") HandlerExceptionResolver problems)
            throws Exception {
        CorsConfiguration cors = corsSettings.configuration();
        if (cors != null) {
            UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
            source.registerCorsConfiguration("/**", cors);
            // why: the CORS filter answers a preflight before the API-key check, which it could not pass; it stands
            // where Spring Security's own would, with a processor that refuses an origin with a problem document
            org.springframework.web.filter.CorsFilter filter = new org.springframework.web.filter.CorsFilter(source);
            filter.setCorsProcessor(new ProblemCorsProcessor());
            http.cors(AbstractHttpConfigurer::disable);
            http.addFilterBefore(filter, org.springframework.security.web.csrf.CsrfFilter.class);
            LOG.info("CORS allowed for {}", corsSettings.allowedOrigins());
        } else {
            http.cors(AbstractHttpConfigurer::disable);
        }
        http.csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .exceptionHandling(e -> e.authenticationEntryPoint(unauthorized(problems))
                        .accessDeniedHandler(forbidden(problems)));
        if (security.enabled()) {
            http.addFilterBefore(new ApiKeyAuthenticationFilter(new ApiKeys(security.keys())),
                    AnonymousAuthenticationFilter.class);
            http.authorizeHttpRequests(requests -> requests
                    // why: error dispatches (e.g. Tomcat's own 413) carry the original request's outcome already, and
                    // async dispatches (a streamed CSV export) continue a request that was authorised on arrival
                    .dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.ASYNC).permitAll()
                    .requestMatchers(AccessRules.OPEN).permitAll()
                    .anyRequest().access((authentication, context) -> new AuthorizationDecision(
                            holds(authentication.get(), AccessRules.requiredAuthority(context.getRequest())))));
            LOG.info("API keys required: {} key(s) configured", security.keys().size());
        } else {
            http.authorizeHttpRequests(requests -> requests.anyRequest().permitAll());
            LOG.info("API keys not required (segmentation.security.enabled=false)");
        }
        if (rateLimit.enabled()) {
            http.addFilterAfter(new RateLimitFilter(rateLimit, problems), AnonymousAuthenticationFilter.class);
        }
        return http.build();
    }

    private static boolean holds(Authentication authentication, String authority) {
        for (GrantedAuthority granted : authentication.getAuthorities()) {
            if (authority.equals(granted.getAuthority())) {
                return true;
            }
        }
        return false;
    }

    private static AuthenticationEntryPoint unauthorized(HandlerExceptionResolver problems) {
        return (request, response, e) -> {
            String authority = AccessRules.requiredAuthority(request);
            String detail = request.getAttribute(ApiKeyAuthenticationFilter.REJECTED_KEY) != null
                    ? "The " + ApiKeyAuthenticationFilter.HEADER + " header does not hold a valid API key; send a key "
                    + "with the '" + authority + "' authority."
                    : "This request needs an API key with the '" + authority + "' authority in the "
                    + ApiKeyAuthenticationFilter.HEADER + " header.";
            LOG.debug("401 for {} {} from {}", request.getMethod(), request.getRequestURI(), request.getRemoteAddr());
            problems.resolveException(request, response, null, new ApiKeyRejectedException(detail));
        };
    }

    private static AccessDeniedHandler forbidden(HandlerExceptionResolver problems) {
        return (request, response, e) -> {
            Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
            String holder = authentication == null ? "this key" : "the key '" + authentication.getName() + "'";
            String detail = "The API key lacks the '" + AccessRules.requiredAuthority(request) + "' authority that "
                    + describe(request) + " needs; use another key or ask for the authority to be added to "
                    + holder + ".";
            problems.resolveException(request, response, null, new MissingAuthorityException(detail));
        };
    }

    private static String describe(HttpServletRequest request) {
        return request.getMethod() + " " + request.getRequestURI();
    }
}
