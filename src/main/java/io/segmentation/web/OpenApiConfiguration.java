package io.segmentation.web;

import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;

import io.swagger.v3.core.util.Json31;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.oas.models.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;

/**
 * The OpenAPI description: title, version, contact, server, the {@code X-API-Key} scheme that lets Swagger UI send a
 * key ("Authorize"), the problem responses every operation can give and the open health probes.
 * The document is the same whether keys are enabled or not, so the committed contract ({@code docs/openapi.json})
 * does not depend on a setting.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    static final String API_KEY_SCHEME = "apiKey";

    /** The contract's version: raise it with every change of docs/openapi.json that breaks a caller. */
    static final String API_VERSION = "1.0.0";

    static final String PROBLEM_SCHEMA = "Problem";

    static final String PROBLEM_MEDIA_TYPE = "application/problem+json";

    static final String UNAUTHORIZED = "Unauthorized";

    static final String FORBIDDEN = "Forbidden";

    static final String TOO_MANY_REQUESTS = "TooManyRequests";

    static final String HEALTH_TAG = "Health";

    /** springdoc.api-docs.path in application.yml. */
    static final String API_DOCS_PATH = "/v3/api-docs";

    @Bean
    OpenAPI segmentationOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Segmentation service").version(API_VERSION)
                        .description("Purchases in; RFM segments, rule segments and K-means clusters out. When API keys "
                                + "are enabled, reads need a key with 'read' and writes a key with 'write' in the "
                                + "X-API-Key header; /health, the Actuator probes and this UI stay open. Every error is "
                                + "an RFC 9457 problem (application/problem+json).")
                        .contact(new Contact().name("Segmentation service maintainers")))
                // a relative server: the document describes whichever host serves it, and stays the same on every port
                .servers(List.of(new Server().url("/").description("The host serving this document")))
                .components(new Components()
                        .addSecuritySchemes(API_KEY_SCHEME, new SecurityScheme()
                                .type(SecurityScheme.Type.APIKEY).in(SecurityScheme.In.HEADER)
                                .name(ApiKeyAuthenticationFilter.HEADER)
                                .description("An API key; the service stores only its SHA-256."))
)
                .addSecurityItem(new SecurityRequirement().addList(API_KEY_SCHEME));
    }

    /**
     * {@code /health}, the Actuator probes and this document need no key: their operations carry an empty security
     * requirement.
     */
    @Bean
    OpenApiCustomizer openPathsNeedNoKey() {
        return openApi -> {
            if (openApi.getPaths() == null) {
                return;
            }
            probe(openApi, "/actuator/health/liveness", "getLiveness", "Kubernetes liveness probe",
                    "UP while the process can serve requests.");
            probe(openApi, "/actuator/health/readiness", "getReadiness", "Kubernetes readiness probe",
                    "UP when MongoDB answers a ping and the active model is loaded; 503 DOWN otherwise.");
            openApi.getPaths().addPathItem(API_DOCS_PATH, new PathItem().get(new Operation()
                    .operationId("getOpenApiDocument").summary("This OpenAPI document")
                    .description("The contract of this service as JSON; Swagger UI (/swagger-ui.html) renders it.")
                    .addTagsItem(HEALTH_TAG).security(List.of())
                    .responses(new ApiResponses().addApiResponse("200", new ApiResponse().description("OpenAPI 3.1")
                            .content(new Content().addMediaType("application/json",
                                    new MediaType().schema(new ObjectSchema())))))));
            if (openApi.getPaths().get("/health") != null) {
                openApi.getPaths().get("/health").readOperations().forEach(operation -> operation.setSecurity(List.of()));
            }
        };
    }

    /**
     * Operations that need a key list 401 (no or a wrong key, with {@code WWW-Authenticate}), 403 (a key without the
     * authority) and 429 (rate limit, with {@code Retry-After}), each with its example; the problems of each
     * operation itself are listed by {@link DocumentedProblems}.
     */
    @Bean
    OpenApiCustomizer problemResponses() {
        return openApi -> {
            openApi.getComponents().addSchemas(PROBLEM_SCHEMA, problemSchema());
            openApi.getComponents()
                    .addResponses(UNAUTHORIZED, keyedProblem("No API key, or a key that is not configured (only when API"
                            + " keys are enabled)", HttpHeaders.WWW_AUTHENTICATE, new StringSchema()
                            .example("ApiKey realm=\"segmentation\", header=\"X-API-Key\""),
                            ApiKeyRejectedException.TYPE, "This request needs an API key with the 'read' authority in"
                                    + " the X-API-Key header."))
                    .addResponses(FORBIDDEN, keyedProblem("The key lacks the authority: 'read' for reads and POST"
                            + " /predict, 'write' for everything else", null, null, MissingAuthorityException.TYPE,
                            "The API key lacks the 'write' authority that POST /runs needs; use another key or ask for"
                                    + " the authority to be added to the key 'crm'."))
                    .addResponses(TOO_MANY_REQUESTS, keyedProblem("More requests than the key's (or, without a valid"
                            + " key, the address's) rate limit; retry after Retry-After seconds",
                            HttpHeaders.RETRY_AFTER, new IntegerSchema().example(1), RateLimitExceededException.TYPE,
                            "Too many requests for this client; retry after 1 s (limits: segmentation.rate-limit.*)."));
            operations(openApi).forEach(operation -> {
                if (operation.getSecurity() == null) { // why: inherits the document's key requirement
                    ApiResponses responses = operation.getResponses() == null ? new ApiResponses()
                            : operation.getResponses();
                    for (String status : List.of("401", "403", "429")) {
                        responses.putIfAbsent(status, new ApiResponse().$ref("#/components/responses/"
                                + switch (status) {
                                    case "401" -> UNAUTHORIZED;
                                    case "403" -> FORBIDDEN;
                                    default -> TOO_MANY_REQUESTS;
                                }));
                    }
                    operation.setResponses(responses);
                }
            });
        };
    }

    private static ApiResponse keyedProblem(String description, @Nullable String header,
                                            @Nullable Schema<?> headerSchema, ProblemType type, String detail) {
        ApiResponse response = new ApiResponse().description(description)
                .content(new Content().addMediaType(PROBLEM_MEDIA_TYPE,
                        new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM_SCHEMA))
                                .addExamples(type.slug(), DocumentedProblems.example(type.slug(), type.title(),
                                        type.status(), detail))));
        if (header != null) {
            response.addHeaderObject(header, new Header().schema(headerSchema));
        }
        return response;
    }

    /**
     * springdoc writes a numeric-looking example of a string parameter (a customer id such as 12347) as a number, and
     * a comma-separated example of a list parameter as one string: both are rewritten to the parameter's type.
     */
    @Bean
    OpenApiCustomizer parameterExamplesOfTheirType() {
        return openApi -> operations(openApi).forEach(operation -> {
            if (operation.getParameters() == null) {
                return;
            }
            for (Parameter parameter : operation.getParameters()) {
                Object example = parameter.getExample();
                Schema<?> schema = parameter.getSchema();
                if (example == null || schema == null) {
                    continue;
                }
                if (isType(schema, "string") && !(example instanceof CharSequence)
                        && example.toString().matches("-?\\d+(\\.\\d+)?")) {
                    parameter.setExample(example.toString());
                }
                else if (isType(schema, "array") && example instanceof String text) {
                    parameter.setExample(Arrays.stream(text.split(",")).map(String::trim).toList());
                }
            }
        });
    }

    /**
     * springdoc describes a {@code @ModelAttribute} of a multipart request as one nested object part, while Spring binds
     * its fields from flat parts (as the http/ files send them): the object's properties become parts of the form.
     */
    @Bean
    OpenApiCustomizer flatMultipartForms() {
        return openApi -> {
            var flattened = new HashSet<String>();
            operations(openApi).forEach(operation -> flattenForm(openApi, operation, flattened));
            // a schema only ever used as a form is no longer referenced: drop it (spectral: oas3-unused-component)
            String document = Json31.pretty(openApi);
            flattened.removeIf(name -> document.contains("\"#/components/schemas/" + name + "\""));
            flattened.forEach(openApi.getComponents().getSchemas()::remove);
        };
    }

    private static void flattenForm(OpenAPI openApi, Operation operation, Set<String> flattened) {
        if (operation.getRequestBody() == null || operation.getRequestBody().getContent() == null
                || operation.getRequestBody().getContent().get("multipart/form-data") == null) {
            return;
        }
        Schema<?> form = operation.getRequestBody().getContent().get("multipart/form-data").getSchema();
        if (form == null || form.getProperties() == null || openApi.getComponents().getSchemas() == null) {
            return;
        }
        var flat = new LinkedHashMap<String, Schema>();
        form.getProperties().forEach((name, property) -> {
            Schema<?> object = property.get$ref() == null ? null : openApi.getComponents().getSchemas()
                    .get(property.get$ref().substring(property.get$ref().lastIndexOf('/') + 1));
            if (object != null && object.getProperties() != null && isType(object, "object")) {
                flat.putAll(object.getProperties());
                flattened.add(property.get$ref().substring(property.get$ref().lastIndexOf('/') + 1));
                if (object.getRequired() != null) {
                    object.getRequired().forEach(form::addRequiredItem);
                }
            }
            else {
                flat.put(name, property);
            }
        });
        form.setProperties(flat);
    }

    private static void probe(OpenAPI openApi, String path, String operationId, String summary, String description) {
        Schema<?> status = new ObjectSchema().addProperty("status", new StringSchema().example("UP"))
                .addRequiredItem("status");
        var content = new Content().addMediaType("application/vnd.spring-boot.actuator.v3+json",
                        new MediaType().schema(status))
                .addMediaType("application/json", new MediaType().schema(status));
        openApi.getPaths().addPathItem(path, new PathItem().get(new Operation()
                .operationId(operationId).summary(summary).description(description).addTagsItem(HEALTH_TAG)
                .security(List.of())
                .responses(new ApiResponses()
                        .addApiResponse("200", new ApiResponse().description("UP").content(content))
                        .addApiResponse("503", new ApiResponse().description("DOWN or OUT_OF_SERVICE").content(content)))));
        if (openApi.getTags() != null && openApi.getTags().stream().noneMatch(tag -> HEALTH_TAG.equals(tag.getName()))) {
            openApi.addTagsItem(new Tag().name(HEALTH_TAG).description("Service health for callers and orchestrators."));
        }
    }

    /** OpenAPI 3.1 schemas may carry their type in {@code types} rather than {@code type}. */
    private static boolean isType(Schema<?> schema, String type) {
        return type.equals(schema.getType()) || (schema.getTypes() != null && schema.getTypes().contains(type));
    }

    private static List<Operation> operations(OpenAPI openApi) {
        return openApi.getPaths() == null ? List.of() : openApi.getPaths().values().stream()
                .flatMap(item -> item.readOperations().stream()).toList();
    }

    private static Schema<?> problemSchema() {
        return new ObjectSchema().description("An RFC 9457 problem detail; extra members may follow.")
                .addProperty("type", new StringSchema().description("stable URI of the problem kind")
                        .example("urn:segmentation:problem:not-found"))
                .addProperty("title", new StringSchema().example("Not found"))
                .addProperty("status", new IntegerSchema().example(404))
                .addProperty("detail", new StringSchema().description("what went wrong and what to change"))
                .addProperty("instance", new StringSchema().description("the request path"));
    }
}
