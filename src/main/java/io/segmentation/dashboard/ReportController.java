package io.segmentation.dashboard;

import io.segmentation.web.ProblemResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /report}: the dashboard's main figures as one HTML file to download and send on. */
@RestController
@Tag(name = "Dashboard")
class ReportController {

    private final ReportRenderer renderer;

    ReportController(ReportRenderer renderer) {
        this.renderer = renderer;
    }

    @GetMapping(path = "/report", produces = MediaType.TEXT_HTML_VALUE)
    @Operation(operationId = "getReport", summary = "A self-contained HTML report of the published run",
            description = "One HTML file with the data and the chart code (Apache ECharts) inlined: header figures,"
                    + " segments, the RFM grid, monthly trends, segment sizes across runs and the top customers. It"
                    + " opens offline. Sent as an attachment; 404 no-published-run before the first run.")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = MediaType.TEXT_HTML_VALUE,
            schema = @Schema(type = "string", example = "<!doctype html><html>...</html>")))
    @ProblemResponse(status = 404, type = "no-published-run", title = "No published run",
            detail = "No run has been published yet, so there is nothing to chart: upload a purchase file (POST "
                    + "/uploads) or start a run over stored purchases (POST /runs).")
    ResponseEntity<String> report() {
        String html = renderer.render();
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"segmentation-report.html\"")
                .contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
                .body(html);
    }
}
