package io.segmentation.web;

import java.util.List;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description: title, and the {@code X-API-Key} scheme that lets Swagger UI send a key ("Authorize").
 * The document is the same whether keys are enabled or not, so the committed contract does not depend on a setting.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    static final String API_KEY_SCHEME = "apiKey";

    @Bean
    OpenAPI segmentationOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Segmentation service")
                        .description("Purchases in; RFM segments, rule segments and K-means clusters out. When API keys "
                                + "are enabled, reads need a key with 'read' and writes a key with 'write' in the "
                                + "X-API-Key header; /health, the Actuator probes and this UI stay open."))
                .components(new Components().addSecuritySchemes(API_KEY_SCHEME, new SecurityScheme()
                        .type(SecurityScheme.Type.APIKEY).in(SecurityScheme.In.HEADER)
                        .name(ApiKeyAuthenticationFilter.HEADER)
                        .description("An API key; the service stores only its SHA-256.")))
                .addSecurityItem(new SecurityRequirement().addList(API_KEY_SCHEME));
    }

    /** {@code /health} needs no key: its operations carry an empty security requirement. */
    @Bean
    OpenApiCustomizer openPathsNeedNoKey() {
        return openApi -> {
            if (openApi.getPaths() != null && openApi.getPaths().get("/health") != null) {
                openApi.getPaths().get("/health").readOperations().forEach(operation -> operation.setSecurity(List.of()));
            }
        };
    }
}
