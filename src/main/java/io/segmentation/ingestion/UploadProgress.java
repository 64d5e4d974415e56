package io.segmentation.ingestion;

import java.time.Instant;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * How far an upload being processed has got, as {@code GET /uploads/{id}} answers it until the report is ready.
 *
 * @param id             the upload id
 * @param status         {@code PROCESSING}, or {@code FAILED} (then {@code problem} says why; nothing was stored)
 * @param phase          {@code parsing} (reading and cleaning the rows), {@code storing} (the orders and the file),
 *                       {@code running} (the run the upload triggered); {@code receiving} is the client's own transfer,
 *                       before the service answers 202
 * @param fileName       the file name the client gave
 * @param bytesTotal     the file's size in bytes
 * @param bytesDone      bytes parsed so far (CSV; for XLSX, which is compressed, 0 until parsed)
 * @param rowsDone       data rows parsed so far
 * @param percent        0-100, an estimate: parsing is 0-80 by bytes, storing 80-90, the run 90-100
 * @param etaSeconds     estimated seconds left, from the time taken so far; null until 1% is done
 * @param startedAt      when processing started
 * @param elapsedSeconds seconds since then
 * @param problem        for {@code FAILED}: the problem the synchronous upload would have answered ({@code type},
 *                       {@code title}, {@code status}, {@code detail})
 */
@Schema(description = "An upload being processed in the background (Prefer: respond-async): phase, progress, estimate.")
public record UploadProgress(String id, @Schema(example = "PROCESSING") String status,
                             @Schema(example = "parsing") String phase, String fileName, long bytesTotal,
                             long bytesDone, long rowsDone, @Schema(example = "42.5") double percent,
                             @Nullable Long etaSeconds, Instant startedAt, double elapsedSeconds,
                             @Nullable Map<String, Object> problem) {
}
