package io.segmentation.ingestion;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.segmentation.cleaning.RejectionReason;
import io.segmentation.cleaning.RowError;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * What an upload read, removed and stored, and the run it triggered.
 *
 * @param id               upload id
 * @param fileName         the file name as sent (path parts removed)
 * @param sha256           hex SHA-256 of the bytes; the same bytes are never stored twice
 * @param sizeBytes        size of the file
 * @param format           {@code csv} or {@code xlsx}
 * @param layout           {@code online-retail}, {@code orders}, {@code usual-names} or {@code custom}
 * @param currency         currency code from the amount header (e.g. {@code LKR}), or null
 * @param receivedAt       when the upload arrived
 * @param rows             data rows read, accepted and rejected
 * @param rejectedByReason rows removed per cleaning rule
 * @param errors           the first 100 removed rows with line numbers and reasons
 * @param orders           orders stored
 * @param customers        distinct customers in the file
 * @param run              the run the upload triggered, or null when it did not run
 * @param columns          canonical field -> the header column it was read from (null for uploads stored before)
 * @param rules            the cleaning rules that ran (null for uploads stored before)
 * @param notes            how the file was read, where it matters (no order id column, decimal commas, a reading
 *                         that replaced an earlier one of the same bytes)
 */
@Schema(description = "What an upload read, removed and stored, and the run it triggered.")
public record UploadReport(String id, @Schema(example = "online_retail_sample_30k.csv") String fileName, String sha256,
                           long sizeBytes, @Schema(example = "csv") String format,
                           @Schema(example = "online-retail") String layout, @Nullable String currency,
                           Instant receivedAt, Rows rows, Map<RejectionReason, Long> rejectedByReason,
                           List<RowError> errors, @Schema(example = "11206") long orders,
                           @Schema(example = "3546") long customers, @Nullable RunReference run,
                           @Schema(example = "{\"customerId\": \"CustomerID\", \"orderId\": \"InvoiceNo\"}")
                           @Nullable Map<String, String> columns, @Nullable List<RejectionReason> rules,
                           @Nullable List<String> notes) {

    /** A report without reading details (as stored before they existed). */
    public UploadReport(String id, String fileName, String sha256, long sizeBytes, String format, String layout,
                        @Nullable String currency, Instant receivedAt, Rows rows,
                        Map<RejectionReason, Long> rejectedByReason, List<RowError> errors, long orders, long customers,
                        @Nullable RunReference run) {
        this(id, fileName, sha256, sizeBytes, format, layout, currency, receivedAt, rows, rejectedByReason, errors,
                orders, customers, run, null, null, null);
    }

    /** Always {@code COMPLETED}: a report exists once the upload is stored ({@link UploadProgress} before). */
    @com.fasterxml.jackson.annotation.JsonProperty("status")
    @Schema(example = "COMPLETED", requiredMode = Schema.RequiredMode.REQUIRED)
    public String status() {
        return "COMPLETED";
    }

    /** Data rows (the header not counted). */
    public record Rows(@Schema(example = "30000") long read, @Schema(example = "27357") long accepted,
                       @Schema(example = "2643") long rejected) {
    }

    /** The run an upload triggered: its id, final status and error (when it failed). */
    public record RunReference(String id, @Schema(example = "COMPLETED") String status, @Nullable String error) {
    }

    /** This report with one more note. */
    UploadReport withNote(String note) {
        List<String> more = new java.util.ArrayList<>(notes == null ? List.of() : notes);
        more.add(note);
        return new UploadReport(id, fileName, sha256, sizeBytes, format, layout, currency, receivedAt, rows,
                rejectedByReason, errors, orders, customers, run, columns, rules, List.copyOf(more));
    }

    UploadReport withRun(RunReference newRun) {
        return new UploadReport(id, fileName, sha256, sizeBytes, format, layout, currency, receivedAt, rows,
                rejectedByReason, errors, orders, customers, newRun, columns, rules, notes);
    }
}
