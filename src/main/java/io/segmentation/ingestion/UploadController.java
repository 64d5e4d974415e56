package io.segmentation.ingestion;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;

import io.segmentation.web.ListPage;
import io.segmentation.web.ListSort;
import io.segmentation.web.PageRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
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
    ResponseEntity<UploadReport> upload(@Parameter(description = "the purchase file") @RequestPart("file") MultipartFile file,
                                        @Valid @ModelAttribute UploadParameters parameters) throws IOException {
        UploadResult result;
        try (InputStream in = file.getInputStream()) {
            result = service.upload(in, file.getOriginalFilename(), parameters.toOptions(service.settings()));
        }
        URI location = URI.create("/uploads/" + result.report().id());
        return result.created()
                ? ResponseEntity.created(location).body(result.report())
                : ResponseEntity.ok().location(location).body(result.report());
    }

    @GetMapping("/uploads/{id}")
    @Operation(operationId = "getUpload", summary = "An upload's report", description = "404 when no upload has the id.")
    UploadReport get(@PathVariable String id) {
        return service.get(id);
    }

    @DeleteMapping("/uploads/{id}")
    @Operation(operationId = "deleteUpload", summary = "Remove an upload",
            description = "Deletes the upload's orders and kept file, then runs so the published results no longer count"
                    + " it (for example the demo data set). Answers the run that followed; 404 when no upload has the id.")
    UploadReport.@Nullable RunReference delete(@PathVariable String id) {
        return service.delete(id);
    }

    @GetMapping("/uploads")
    @Operation(operationId = "listUploads", summary = "A page of completed uploads' reports, newest first",
            description = "Reports of completed uploads only; an upload still processing or removed is not listed."
                    + " sort is FIELD or FIELD,asc|desc with FIELD one of receivedAt (default, newest first), orders,"
                    + " customers; 400 invalid-sort for others.")
    ListPage<UploadReport> list(@Parameter(description = "0-based page") @RequestParam(defaultValue = "0") @Min(0) @Max(10_000_000) int page,
                                @Parameter(description = "page size, 1-1000") @RequestParam(defaultValue = "50") @Min(1) @Max(1000) int size,
                                @Parameter(description = "FIELD or FIELD,asc|desc", example = "receivedAt,desc")
                                @RequestParam(required = false) @Nullable String sort) {
        return service.page(new PageRequest(page, size,
                ListSort.parse("/uploads", sort, UploadStore.SORT_FIELDS, UploadStore.NEWEST_FIRST)));
    }
}
