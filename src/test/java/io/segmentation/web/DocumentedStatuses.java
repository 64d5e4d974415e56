package io.segmentation.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * In every test's service: records each answer of an operation of the committed contract (docs/openapi.json) whose
 * status the contract does not list for that operation; {@link UndocumentedStatusExtension} fails the test that
 * caused it. Every status an operation answers in the test suite is also written to
 * {@code target/observed-statuses.tsv}.
 */
@Component
class DocumentedStatuses extends OncePerRequestFilter {

    static final Set<String> UNDOCUMENTED = ConcurrentHashMap.newKeySet();

    private static final Set<String> OBSERVED = ConcurrentHashMap.newKeySet();

    private static final Map<String, Set<String>> DOCUMENTED = load();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                Files.write(Path.of("target", "observed-statuses.tsv"), new TreeSet<>(OBSERVED),
                        StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            } catch (IOException e) {
                // why: the record is a convenience for whoever documents statuses; a missing one fails nothing
            }
        }));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } finally {
            Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
            String operation = request.getMethod() + " " + pattern;
            Set<String> documented = DOCUMENTED.get(operation);
            if (pattern != null && documented != null) {
                String status = Integer.toString(response.getStatus());
                OBSERVED.add(operation + "\t" + status);
                if (!documented.contains(status)) {
                    UNDOCUMENTED.add(operation + " answered " + status + " (documented: " + documented + ")");
                }
            }
        }
    }

    /** Operation ({@code GET /runs/{id}}) to its documented statuses. */
    private static Map<String, Set<String>> load() {
        try {
            JsonNode paths = JsonMapper.builder().build().readTree(Files.readString(Path.of("docs", "openapi.json")))
                    .get("paths");
            Map<String, Set<String>> documented = new HashMap<>();
            for (String path : paths.propertyNames()) {
                for (String method : List.of("get", "post", "put", "patch", "delete")) {
                    JsonNode operation = paths.get(path).get(method);
                    if (operation != null) {
                        documented.put(method.toUpperCase(Locale.ROOT) + " " + path,
                                new TreeSet<>(operation.get("responses").propertyNames()));
                    }
                }
            }
            return documented;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
