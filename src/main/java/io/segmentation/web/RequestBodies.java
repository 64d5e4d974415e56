package io.segmentation.web;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.stream.Collectors;

import io.swagger.v3.oas.annotations.media.Schema;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Describes the body the handling endpoint expects, for a problem's detail: its schema's example, else its fields,
 * read from the handler's {@code @RequestBody} type, so an unreadable body is told what the endpoint it was sent to
 * takes.
 */
final class RequestBodies {

    private RequestBodies() {
    }

    /** E.g. {@code a JSON object such as {"features": ...} (POST /predict)}; generic when the handler is unknown. */
    static String describe(WebRequest request) {
        Object handler = request.getAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE,
                RequestAttributes.SCOPE_REQUEST);
        String endpoint = endpoint(request);
        if (handler instanceof HandlerMethod method) {
            for (var parameter : method.getMethodParameters()) {
                if (parameter.hasParameterAnnotation(RequestBody.class)) {
                    return "a JSON object " + shape(parameter.getParameterType()) + endpoint;
                }
            }
        }
        return "a JSON object" + endpoint;
    }

    private static String shape(Class<?> type) {
        Schema schema = type.getAnnotation(Schema.class);
        if (schema != null && !schema.example().isBlank()) {
            return "such as " + schema.example();
        }
        RecordComponent[] components = type.getRecordComponents();
        if (components != null && components.length > 0) {
            return "with the fields " + Arrays.stream(components).map(RecordComponent::getName)
                    .collect(Collectors.joining(", "));
        }
        return "as GET /v3/api-docs describes";
    }

    private static String endpoint(WebRequest request) {
        Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE,
                RequestAttributes.SCOPE_REQUEST);
        String method = request instanceof org.springframework.web.context.request.ServletWebRequest servlet
                ? servlet.getRequest().getMethod() : null;
        return pattern == null || method == null ? "" : " (" + method + " " + pattern + ")";
    }
}
