package io.segmentation.web;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.BeanUtils;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.core.ParameterNameDiscoverer;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Rejects query parameters the handling method does not read (its {@code @RequestParam}s and the components of its
 * {@code @ModelAttribute} records), so that {@code /customers?segmnt=champions} is a 400 naming {@code segmnt}
 * instead of every customer. Applies to the service's own controllers only; a {@code Map} of parameters accepts any.
 */
class KnownParametersInterceptor implements HandlerInterceptor {

    private static final ParameterNameDiscoverer NAMES = new DefaultParameterNameDiscoverer();

    /** Null for a handler that accepts any parameter. */
    private final Map<Method, Set<String>> known = new ConcurrentHashMap<>();

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        String query = request.getQueryString();
        if (query == null || query.isEmpty() || !(handler instanceof HandlerMethod method)
                || !method.getBeanType().getPackageName().startsWith("io.segmentation")) {
            return true;
        }
        Set<String> names = known.computeIfAbsent(method.getMethod(), m -> namesOf(method));
        if (names.contains("*")) {
            return true;
        }
        List<String> unknown = new ArrayList<>();
        for (String pair : query.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            if (!names.contains(name) && !unknown.contains(name)) {
                unknown.add(name);
            }
        }
        if (!unknown.isEmpty()) {
            Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
            String endpoint = request.getMethod() + " " + (pattern == null ? request.getRequestURI() : pattern);
            throw new UnknownParameterException(endpoint, unknown, List.copyOf(new TreeSet<>(names)));
        }
        return true;
    }

    private static Set<String> namesOf(HandlerMethod method) {
        Set<String> names = new LinkedHashSet<>();
        String[] discovered = NAMES.getParameterNames(method.getMethod());
        for (MethodParameter parameter : method.getMethodParameters()) {
            Class<?> type = parameter.getParameterType();
            RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
            if (param != null) {
                if (Map.class.isAssignableFrom(type)) {
                    return Set.of("*");
                }
                String name = !param.name().isEmpty() ? param.name() : discovered == null ? null
                        : discovered[parameter.getParameterIndex()];
                if (name != null) {
                    names.add(name);
                }
            } else if (parameter.hasParameterAnnotation(ModelAttribute.class)
                    || (parameter.getParameterAnnotations().length == 0 && !BeanUtils.isSimpleProperty(type)
                    && type.isRecord())) {
                RecordComponent[] components = type.getRecordComponents();
                if (components == null) {
                    return Set.of("*");
                }
                for (RecordComponent component : components) {
                    names.add(component.getName());
                }
            }
        }
        return names;
    }
}
