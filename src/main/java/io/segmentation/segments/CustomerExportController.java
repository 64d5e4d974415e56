package io.segmentation.segments;

import io.segmentation.web.ProblemResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.ObjectMapper;

/**
 * Exports the published run's customers in the seed pipeline's JSON shape, written as they are read, 500 at a time:
 * no list of all profiles is built.
 */
@RestController
@Validated
@Tag(name = "Customers", description = "Customer profiles of the published run.")
class CustomerExportController {

    private final SegmentService service;
    private final ObjectMapper json;

    CustomerExportController(SegmentService service, ObjectMapper json) {
        this.service = service;
        this.json = json;
    }

    @GetMapping(path = "/customers/export", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Every customer's rule segments as the seed's JSON file",
            description = "A JSON array with one element per customer of the published run, written while the"
                    + " customers are read from the database (a million customers need no more memory than ten):"
                    + " customer_id and the display names of the three rule segments. An empty array before the first"
                    + " run. The CSV export of full profiles is GET /customers with Accept: text/csv.")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = "application/json", array = @ArraySchema(
            schema = @Schema(type = "object", description = "customer_id and the labels of the three rule segments"),
            arraySchema = @Schema(example = "[{\"customer_id\": \"CUST1234\", \"segmentation\": {\"purchase_frequency\": \"Loyal\","
                    + " \"spending\": \"High Value\", \"category\": \"Womens\"}}]"))))
    @ProblemResponse(status = 404, type = "not-found", title = "Not found",
            detail = "No segment 'champignons' in the published run; GET /segments lists them.")
    ResponseEntity<StreamingResponseBody> export(
            @Parameter(description = "seed-json (the only format)", example = "seed-json")
            @RequestParam(defaultValue = "seed-json") @Pattern(regexp = "seed-json", message = "must be seed-json") String format,
            @Parameter(description = "only customers of this segment (any scheme)", example = "loyal")
            @RequestParam(required = false) @Nullable String segment) {
        service.requireSegment(segment);
        StreamingResponseBody body = out -> {
            JsonGenerator gen = json.createGenerator(out);
            gen.writeStartArray();
            service.forEachRuleLabels(segment, (customerId, rules) -> {
                gen.writeStartObject();
                gen.writeStringProperty("customer_id", customerId);
                gen.writeName("segmentation");
                if (rules == null) {
                    gen.writeNull();
                } else {
                    gen.writeStartObject();
                    gen.writeStringProperty("purchase_frequency", rules.getString("purchaseFrequencyName"));
                    gen.writeStringProperty("spending", rules.getString("spendingName"));
                    gen.writeStringProperty("category", rules.getString("categoryName"));
                    gen.writeEndObject();
                }
                gen.writeEndObject();
            });
            gen.writeEndArray();
            gen.close();
        };
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"customers-segmentation.json\"")
                .contentType(MediaType.APPLICATION_JSON)
                .body(body);
    }
}
