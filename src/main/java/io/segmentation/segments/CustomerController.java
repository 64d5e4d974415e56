package io.segmentation.segments;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import de.siegmar.fastcsv.writer.CsvWriter;
import io.segmentation.web.ProblemResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** Customer profiles of the published run: one, a page, or every one as CSV. */
@RestController
@Validated
@Tag(name = "Customers", description = "Customer profiles of the published run.")
class CustomerController {

    static final String TEXT_CSV = "text/csv";

    private static final String[] HEADER = {"customerId", "country", "recencyDays", "frequency", "monetary",
            "averageOrderValue", "firstPurchase", "lastPurchase", "tenureDays", "rScore", "fScore", "mScore", "rfmScore",
            "rfmSegment", "cluster", "purchaseFrequency", "spending", "category", "probabilityAlive", "churnRisk",
            "expectedPurchases", "predictedClv"};

    private final SegmentService service;

    CustomerController(SegmentService service) {
        this.service = service;
    }

    @GetMapping("/customers/{id}")
    @Operation(operationId = "getCustomer", summary = "One customer's metrics, scores and segments",
            description = "404 when the published run has no such customer. Ids are as in the data; 12923.0 is 12923.")
    @ProblemResponse(status = 404, type = "not-found", title = "Not found",
            detail = "No customer 'C-999' in the published run.")
    CustomerProfile customer(@Parameter(example = "12347") @PathVariable String id) {
        return service.customer(id);
    }

    @GetMapping(path = "/customers", produces = "application/json")
    @Operation(operationId = "listCustomers", summary = "A page of customers, optionally of one segment",
            description = "Sorted by customer id unless sort says otherwise (sort=monetary,desc; fields: customerId,"
                    + " recencyDays, frequency, monetary, averageOrderValue, tenureDays, predictedClv, churnRisk; ties"
                    + " by customer id; predictedClv and churnRisk descend unless asked otherwise, the others ascend;"
                    + " 400 invalid-sort for others). segment is any segment id (champions, cluster-0, loyal, ...), repeated or"
                    + " comma-separated for the customers of any of them (404 for an unknown one); country keeps one"
                    + " country's customers; changedSince=RUN_ID only those whose segments changed in a run after it"
                    + " (400 unknown-change-base when the kept deltas do not reach back to it)."
                    + " Send Accept: text/csv to export every matching customer instead, in the same order.")
    @ApiResponse(responseCode = "200", content = {
            @Content(mediaType = "application/json", schema = @Schema(implementation = CustomerPage.class)),
            @Content(mediaType = TEXT_CSV, schema = @Schema(type = "string",
                    example = "customerId,country,recencyDays,frequency,monetary,...\n12347,Iceland,40,4,453.0,..."))})
    @ProblemResponse(status = 400, type = "invalid-sort", title = "Invalid sort",
            detail = "Cannot sort customers by 'colour': send sort=FIELD or sort=FIELD,asc|desc with FIELD one of "
                    + "customerId, recencyDays, frequency, monetary, averageOrderValue, tenureDays, predictedClv, "
                    + "churnRisk.")
    @ProblemResponse(status = 404, type = "not-found", title = "Not found",
            detail = "No segment 'champignons' in the published run; GET /segments lists them.")
    @ProblemResponse(status = 400, type = "unknown-change-base", title = "Unknown changedSince run",
            detail = "changedSince=6b0f... is not a completed run whose segment changes are kept (the deltas of the "
                    + "last runs are; GET /runs lists them). Send a more recent run id, or page through GET "
                    + "/segments/changes?run= for each run.")
    CustomerPage page(@Parameter(description = "segment ids, repeated or comma-separated: customers of any of them",
                              example = "champions") @RequestParam(required = false) @Nullable List<String> segment,
                      @Parameter(description = "a country as in the data, case not regarded", example = "United Kingdom")
                      @RequestParam(required = false) @Nullable String country,
                      @Parameter(description = "a run id: only customers whose RFM segment, cluster or rule segment"
                              + " changed in a run after it (GET /segments/changes lists each run's changes)")
                      @RequestParam(required = false) @Nullable String changedSince,
                      @Parameter(description = "0-based page") @RequestParam(defaultValue = "0") @Min(0) @Max(10_000_000) int page,
                      @Parameter(description = "page size, 1-1000") @RequestParam(defaultValue = "50") @Min(1) @Max(1000) int size,
                      @Parameter(description = "FIELD or FIELD,asc|desc", example = "monetary,desc")
                      @RequestParam(required = false) @Nullable String sort) {
        return service.page(new CustomerFilter(segment == null ? List.of() : segment, country, changedSince),
                CustomerSort.parse(sort), page, size);
    }

    @GetMapping(path = "/customers", produces = TEXT_CSV)
    ResponseEntity<StreamingResponseBody> export(@RequestParam(required = false) @Nullable List<String> segment,
                                                 @RequestParam(required = false) @Nullable String country,
                                                 @RequestParam(required = false) @Nullable String changedSince,
                                                 @RequestParam(required = false) @Nullable String sort) {
        CustomerSort order = CustomerSort.parse(sort);
        CustomerFilter filter = new CustomerFilter(segment == null ? List.of() : segment, country, changedSince);
        filter.segments().forEach(service::requireSegment);
        String name = filter.segments().isEmpty() ? "customers.csv"
                : "customers-" + String.join("_", filter.segments()).replaceAll("[^A-Za-z0-9-_]", "_") + ".csv";
        StreamingResponseBody body = out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            CsvWriter csv = CsvWriter.builder().build(writer);
            csv.writeRecord(HEADER);
            service.forEachCustomer(filter, order, c -> csv.writeRecord(
                    CsvCells.text(c.customerId()), CsvCells.text(c.country()), Long.toString(c.recencyDays()),
                    Integer.toString(c.frequency()), Double.toString(c.monetary()), Double.toString(c.averageOrderValue()),
                    c.firstPurchase().toString(), c.lastPurchase().toString(), Long.toString(c.tenureDays()),
                    Integer.toString(c.rScore()), Integer.toString(c.fScore()), Integer.toString(c.mScore()),
                    c.rfmScore(), CsvCells.text(c.rfmSegment()), CsvCells.text(c.cluster()),
                    c.rules() == null ? "" : CsvCells.text(c.rules().purchaseFrequency()),
                    c.rules() == null ? "" : CsvCells.text(c.rules().spending()),
                    c.rules() == null ? "" : CsvCells.text(c.rules().category()),
                    c.clv() == null ? "" : Double.toString(c.clv().probabilityAlive()),
                    c.clv() == null ? "" : Double.toString(c.clv().churnRisk()),
                    c.clv() == null ? "" : Double.toString(c.clv().expectedPurchases()),
                    c.clv() == null ? "" : Double.toString(c.clv().predictedClv())));
            csv.flush();
        };
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
                .header(HttpHeaders.CONTENT_TYPE, TEXT_CSV + ";charset=UTF-8")
                .body(body);
    }

}
