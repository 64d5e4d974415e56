package io.segmentation.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.web.method.HandlerMethod;

/**
 * Lists every problem an operation answers as its own response, status by status, each with an example of every
 * problem type it can carry: the operation's {@link ProblemResponse}s, plus those every operation of the service can
 * give (400 unknown or invalid query parameter, 500 internal error, 503 MongoDB unavailable). The 401, 403 and 429 of
 * API keys and rate limits are added by {@link OpenApiConfiguration}. There is no {@code default} response: a status
 * an operation answers and does not list is a defect, which the test suite finds.
 */
@Configuration(proxyBeanMethods = false)
class DocumentedProblems {

    private static final ProblemResponse[] EVERY_OPERATION = problemsOf("everyOperation");

    private static final ProblemResponse[] WITH_BODY = problemsOf("withBody");

    private static ProblemResponse[] problemsOf(String holder) {
        try {
            return Holder.class.getDeclaredMethod(holder).getAnnotationsByType(ProblemResponse.class);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean takesBody(HandlerMethod handler) {
        for (MethodParameter parameter : handler.getMethodParameters()) {
            if (parameter.hasParameterAnnotation(org.springframework.web.bind.annotation.RequestBody.class)
                    || parameter.hasParameterAnnotation(org.springframework.web.bind.annotation.RequestPart.class)) {
                return true;
            }
        }
        return false;
    }

    @Bean
    OperationCustomizer problemsOfEachOperation() {
        return (operation, handler) -> {
            Map<Integer, Map<String, ProblemResponse>> byStatus = new TreeMap<>();
            for (ProblemResponse problem : handler.getMethod().getAnnotationsByType(ProblemResponse.class)) {
                byStatus.computeIfAbsent(problem.status(), s -> new LinkedHashMap<>()).put(problem.type(), problem);
            }
            for (ProblemResponse problem : EVERY_OPERATION) {
                byStatus.computeIfAbsent(problem.status(), s -> new LinkedHashMap<>()).putIfAbsent(problem.type(), problem);
            }
            if (takesBody(handler)) {
                for (ProblemResponse problem : WITH_BODY) {
                    byStatus.computeIfAbsent(problem.status(), s -> new LinkedHashMap<>())
                            .putIfAbsent(problem.type(), problem);
                }
            }
            ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
            byStatus.forEach((status, problems) -> responses.putIfAbsent(Integer.toString(status), response(problems)));
            operation.setResponses(responses);
            return operation;
        };
    }

    private static ApiResponse response(Map<String, ProblemResponse> problems) {
        MediaType media = new MediaType().schema(new Schema<>().$ref("#/components/schemas/"
                + OpenApiConfiguration.PROBLEM_SCHEMA));
        problems.values().forEach(p -> media.addExamples(p.type(), example(p)));
        String description = String.join("; ", problems.values().stream().map(ProblemResponse::title).toList());
        return new ApiResponse().description(description)
                .content(new Content().addMediaType(OpenApiConfiguration.PROBLEM_MEDIA_TYPE, media));
    }

    /** An example problem document of the given kind. */
    static Example example(ProblemResponse problem) {
        return example(problem.type(), problem.title(), problem.status(), problem.detail());
    }

    /** An example problem document: type URI of the slug, title, status and detail. */
    static Example example(String slug, String title, int status, String detail) {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("type", ProblemType.uriOf(slug).toString());
        value.put("title", title);
        value.put("status", status);
        value.put("detail", detail);
        return new Example().summary(title).value(value);
    }

    /** Carries the problems of every operation, as annotations. */
    private static final class Holder {

        @ProblemResponse(status = 400, type = "unknown-parameter", title = "Unknown query parameter",
                detail = "GET /runs has no parameter 'limt'; it takes page, size, sort. Remove or correct it.")
        @ProblemResponse(status = 400, type = "invalid-parameter", title = "Invalid parameter",
                detail = "size must be less than or equal to 1000")
        @ProblemResponse(status = 500, type = "internal-error", title = "Internal error",
                detail = "The service failed unexpectedly; nothing half-written was kept. The log has the details.")
        @ProblemResponse(status = 503, type = "database-unavailable", title = "Database unavailable",
                detail = "MongoDB cannot be reached; nothing was changed. Retry later; GET /health shows when it is back.")
        private static void everyOperation() {
        }

        @ProblemResponse(status = 400, type = "unreadable-body", title = "Unreadable request body",
                detail = "The body is not well-formed JSON; send a JSON object such as {\"k\": 4}.")
        @ProblemResponse(status = 415, type = "unsupported-media-type", title = "Unsupported media type",
                detail = "Content-Type 'text/plain' is not supported; send application/json.")
        private static void withBody() {
        }
    }
}
