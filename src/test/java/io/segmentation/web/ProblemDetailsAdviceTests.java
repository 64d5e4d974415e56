package io.segmentation.web;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.segmentation.cleaning.RejectionReason;
import io.segmentation.cleaning.RowError;
import io.segmentation.ingestion.DuplicateColumnsException;
import io.segmentation.ingestion.EmptyFileException;
import io.segmentation.ingestion.MissingColumnsException;
import io.segmentation.ingestion.NoUsableRowsException;
import io.segmentation.ingestion.UnknownUploadException;
import io.segmentation.ingestion.UnreadableFileException;
import io.segmentation.ingestion.UnsupportedFormatException;
import io.segmentation.ingestion.UploadInProgressException;
import io.segmentation.ingestion.UploadLimitException;
import io.segmentation.models.NoActiveModelException;
import io.segmentation.models.NoTrainingDataException;
import io.segmentation.models.UnknownModelException;
import io.segmentation.prediction.InvalidFeaturesException;
import io.segmentation.purchases.SourceUnavailableException;
import io.segmentation.runs.RunInProgressException;
import io.segmentation.runs.RunOutOfMemoryException;
import io.segmentation.runs.UnknownRunException;
import io.segmentation.segments.UnknownCustomerException;
import io.segmentation.segments.UnknownMigrationException;
import io.segmentation.segments.UnknownSegmentException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Every problem a feature throws keeps the type, status and title callers saw before the exceptions carried their
 * own problem type, with the same extra members and headers.
 */
class ProblemDetailsAdviceTests {

    private final ProblemDetailsAdvice advice = new ProblemDetailsAdvice();

    static Stream<Arguments> problems() {
        return Stream.of(
                arguments(new UnknownUploadException("u1"), "not-found", 404, "Not found", List.of(), Map.of()),
                arguments(new UnknownRunException("r1"), "not-found", 404, "Not found", List.of(), Map.of()),
                arguments(new UnknownCustomerException("c1"), "not-found", 404, "Not found", List.of(), Map.of()),
                arguments(new UnknownSegmentException("s1"), "not-found", 404, "Not found", List.of(), Map.of()),
                arguments(new UnknownModelException(7), "not-found", 404, "Not found", List.of(), Map.of()),
                arguments(new UnknownMigrationException("no run"), "not-found", 404, "Not found", List.of(), Map.of()),
                arguments(new EmptyFileException("empty"), "empty-file", 400, "Empty file", List.of(), Map.of()),
                arguments(new UnreadableFileException("binary"), "unreadable-file", 400, "Unreadable file", List.of(),
                        Map.of()),
                arguments(new UploadLimitException("segmentation.ingestion.max-rows", "too many rows"),
                        "upload-limit-exceeded", 413, "Upload limit exceeded", List.of("limit"), Map.of()),
                arguments(new DuplicateColumnsException("twice", List.of("Date")), "duplicate-columns", 422,
                        "Duplicate columns", List.of("duplicateColumns"), Map.of()),
                arguments(new UnsupportedFormatException("xls"), "unsupported-format", 415, "Unsupported file format",
                        List.of(), Map.of()),
                arguments(new MissingColumnsException("missing", List.of("CustomerID")), "missing-columns", 422,
                        "Missing columns", List.of("missingColumns"), Map.of()),
                arguments(new NoUsableRowsException("none", List.of(new RowError(2, RejectionReason.UNPARSEABLE, "bad"))),
                        "no-usable-rows", 422, "No readable rows", List.of("errors"), Map.of()),
                arguments(new UploadInProgressException("u2"), "upload-in-progress", 409, "Upload in progress",
                        List.of(), Map.of("Retry-After", "5")),
                arguments(new RunInProgressException("r2"), "run-in-progress", 409, "Run in progress",
                        List.of("runningRunId"), Map.of()),
                arguments(new RunOutOfMemoryException("r3", 512L << 20, false, new OutOfMemoryError("heap")),
                        "run-out-of-memory", 500, "Run ran out of memory", List.of("runId"), Map.of()),
                arguments(new InvalidFeaturesException(List.of(new InvalidFeaturesException.FieldError("features.monetary",
                        "is missing"))), "invalid-features", 400, "Invalid prediction request", List.of("errors"), Map.of()),
                arguments(new NoActiveModelException("default"), "no-active-model", 503, "No active model",
                        List.of("model"), Map.of()),
                arguments(new NoTrainingDataException(), "no-training-data", 409, "No training data", List.of(), Map.of()),
                arguments(new SourceUnavailableException("crm", new IllegalStateException("refused")),
                        "source-unavailable", 503, "Purchase source unavailable", List.of("source"),
                        Map.of("Retry-After", "60")),
                arguments(new ApiKeyRejectedException("no key"), "unauthorized", 401, "API key required", List.of(),
                        Map.of("WWW-Authenticate", "ApiKey realm=\"segmentation\", header=\"X-API-Key\"")),
                arguments(new MissingAuthorityException("read only"), "forbidden", 403, "Missing authority", List.of(),
                        Map.of()),
                arguments(new RateLimitExceededException(3), "too-many-requests", 429, "Too many requests",
                        List.of("retryAfterSeconds"), Map.of("Retry-After", "3")));
    }

    @ParameterizedTest(name = "{1} {2}")
    @MethodSource("problems")
    void keepsTypeStatusTitleMembersAndHeaders(ServiceException e, String slug, int status, String title,
                                               List<String> members, Map<String, String> headers) {
        ResponseEntity<ProblemDetail> response = advice.serviceFailure(e);

        ProblemDetail problem = response.getBody();
        assertThat(response.getStatusCode().value()).isEqualTo(status);
        assertThat(problem).isNotNull();
        assertThat(problem.getType()).hasToString("urn:segmentation:problem:" + slug);
        assertThat(problem.getStatus()).isEqualTo(status);
        assertThat(problem.getTitle()).isEqualTo(title);
        assertThat(problem.getDetail()).isEqualTo(e.getMessage());
        assertThat(problem.getProperties() == null ? Map.of() : problem.getProperties())
                .containsOnlyKeys(members.toArray(String[]::new));
        headers.forEach((name, value) -> assertThat(response.getHeaders().getFirst(name)).as(name).isEqualTo(value));
    }
}
