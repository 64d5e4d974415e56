package io.segmentation.ingestion;

/** An upload's report and whether this request created it (false: the same bytes were uploaded before). */
public record UploadResult(UploadReport report, boolean created) {
}
