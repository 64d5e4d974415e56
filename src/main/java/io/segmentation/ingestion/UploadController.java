package io.segmentation.ingestion;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;

import io.segmentation.web.ListPage;
import io.segmentation.web.ListSort;
import io.segmentation.web.PageRequest;
import io.segmentation.web.Prefer;
import io.segmentation.web.ProblemResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Batch upload of purchase files and their reports. */
@RestController
@Validated
@Tag(name = "Uploads", description = "Upload purchase files (CSV or XLSX); each upload is cleaned, stored and triggers a run.")
class UploadController {

    private final UploadService service;

    UploadController(UploadService service) {
        this.service = service;
    }

    @PostMapping(path = "/uploads", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(operationId = "uploadPurchases", summary = "Upload a purchase file",
            description = "CSV (comma, semicolon or tab; UTF-8 with or without BOM) or XLSX. Layouts are detected from the"
                    + " header: UCI Online Retail lines or order-level files (Customer_ID, Order_ID, Date, Total_Amount[_CCY],"
                    + " Product_Category); other files need the column parameters. 201 with the report and the run it"
                    + " triggered; 200 with the original report when the same bytes were uploaded before. 400 for an empty,"
                    + " binary or malformed file, 422 when required columns are missing or no row can be read; nothing is"
                    + " stored then.")
    @ApiResponse(responseCode = "201", description = "Stored; Location names the upload", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "200", description = "The same bytes were uploaded before: the original report", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "202", description = "Prefer: respond-async: received and checked; parsing, storing and"
            + " the run follow in the background. Location names the upload, whose GET tells the progress.",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = UploadProgress.class)))
    @ProblemResponse(status = 400, type = "empty-file", title = "Empty file",
            detail = "The file is empty: upload a CSV or XLSX file with a header row and purchase rows.")
    @ProblemResponse(status = 400, type = "unreadable-file", title = "Unreadable file",
            detail = "The file is not text in UTF-8 (or Windows-1252) nor an XLSX workbook; save it as CSV (UTF-8) or "
                    + "XLSX.")
    @ProblemResponse(status = 409, type = "upload-in-progress", title = "Upload in progress",
            detail = "The same bytes are being stored by upload 6b0f...; wait for it, then GET /uploads/6b0f....")
    @ProblemResponse(status = 413, type = "upload-limit-exceeded", title = "Upload limit exceeded",
            detail = "The file has more than 10000000 data rows, the most one upload may hold; split it into several "
                    + "uploads.")
    @ProblemResponse(status = 413, type = "file-too-large", title = "File too large",
            detail = "The upload exceeds the maximum size (spring.servlet.multipart.max-file-size per file, "
                    + "max-request-size per request); split the file.")
    @ProblemResponse(status = 415, type = "unsupported-format", title = "Unsupported file format",
            detail = "format must be csv or xlsx; the file name's extension .pdf is neither.")
    @ProblemResponse(status = 422, type = "missing-columns", title = "Missing columns",
            detail = "The header has no customer id column; name it CustomerID or send customerIdColumn.")
    @ProblemResponse(status = 422, type = "duplicate-columns", title = "Duplicate columns",
            detail = "The header names the column 'Quantity' twice; rename one.")
    @ProblemResponse(status = 422, type = "no-usable-rows", title = "No readable rows",
            detail = "None of the 3 data rows could be read; the first errors say why (check the separator, the date "
                    + "format and the decimal separator).")
    ResponseEntity<?> upload(@Parameter(description = "the purchase file") @RequestPart("file") MultipartFile file,
                             @Valid @ModelAttribute UploadParameters parameters,
                             @Parameter(description = "respond-async: answer 202 once the file is received and follow"
                                     + " the rest at the Location", example = "respond-async")
                             @RequestHeader(value = Prefer.HEADER, required = false) @Nullable String prefer)
            throws IOException {
        UploadResult result;
        try (InputStream in = file.getInputStream()) {
            if (Prefer.respondAsync(prefer)) {
                Object answer = service.uploadAsync(in, file.getOriginalFilename(),
                        parameters.toOptions(service.settings()));
                if (answer instanceof UploadProgress progress) {
                    return ResponseEntity.accepted().location(URI.create("/uploads/" + progress.id()))
                            .header(Prefer.APPLIED, Prefer.RESPOND_ASYNC).body(progress);
                }
                result = (UploadResult) answer;
            } else {
                result = service.upload(in, file.getOriginalFilename(), parameters.toOptions(service.settings()));
            }
        }
        URI location = URI.create("/uploads/" + result.report().id());
        return result.created()
                ? ResponseEntity.created(location).body(result.report())
                : ResponseEntity.ok().location(location).body(result.report());
    }

    @GetMapping("/uploads/{id}")
    @Operation(operationId = "getUpload", summary = "An upload's report, or its progress while it is processed",
            description = "The report once the upload is stored (status COMPLETED). While it is processed (status"
                    + " PROCESSING), or when it failed in the background within the last hour (status FAILED, with the"
                    + " problem), its progress: phase, bytes and rows done, percent and an estimate of the seconds left."
                    + " 404 when no upload has the id.")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = "application/json", schema = @Schema(
            anyOf = {UploadReport.class, UploadProgress.class})))
    @ProblemResponse(status = 404, type = "not-found", title = "Not found",
            detail = "No upload has the id 'does-not-exist'.")
    Object get(@PathVariable String id) {
        return service.progress(id).<Object>map(p -> p).orElseGet(() -> service.get(id));
    }

    @DeleteMapping("/uploads/{id}")
    @Operation(operationId = "deleteUpload", summary = "Remove an upload",
            description = "Deletes the upload's orders and kept file, then runs so the published results no longer count"
                    + " it (for example the demo data set). Answers the run that followed; 404 when no upload has the id.")
    @ProblemResponse(status = 404, type = "not-found", title = "Not found",
            detail = "No upload has the id 'does-not-exist'.")
    UploadReport.@Nullable RunReference delete(@PathVariable String id) {
        return service.delete(id);
    }

    @GetMapping("/uploads")
    @Operation(operationId = "listUploads", summary = "A page of completed uploads' reports, newest first",
            description = "Reports of completed uploads only; an upload still processing or removed is not listed."
                    + " sort is FIELD or FIELD,asc|desc with FIELD one of receivedAt (default, newest first), orders,"
                    + " customers; 400 invalid-sort for others.")
    @ProblemResponse(status = 400, type = "invalid-sort", title = "Invalid sort",
            detail = "Cannot sort /uploads by 'colour': send sort=FIELD or sort=FIELD,asc|desc with FIELD one of "
                    + "receivedAt, orders, customers.")
    ListPage<UploadReport> list(@Parameter(description = "0-based page") @RequestParam(defaultValue = "0") @Min(0) @Max(10_000_000) int page,
                                @Parameter(description = "page size, 1-1000") @RequestParam(defaultValue = "50") @Min(1) @Max(1000) int size,
                                @Parameter(description = "FIELD or FIELD,asc|desc", example = "receivedAt,desc")
                                @RequestParam(required = false) @Nullable String sort) {
        return service.page(new PageRequest(page, size,
                ListSort.parse("/uploads", sort, UploadStore.SORT_FIELDS, UploadStore.NEWEST_FIRST)));
    }
}
