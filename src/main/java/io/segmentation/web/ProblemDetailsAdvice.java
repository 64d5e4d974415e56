package io.segmentation.web;

import java.net.URI;
import java.util.List;

import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;
import jakarta.validation.ConstraintViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Maps every error to an RFC 9457 problem detail with a stable {@code type} URI ({@code urn:segmentation:problem:*}),
 * a title, and a detail that says what to change; never a stack trace. Features throw {@link ServiceException}s that
 * carry their own {@link ProblemType}; the handlers here cover only those and the framework's own errors.
 */
@RestControllerAdvice
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    static URI type(String slug) {
        return ProblemType.uriOf(slug);
    }

    private static ProblemDetail problem(HttpStatus status, String slug, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(type(slug));
        problem.setTitle(title);
        return problem;
    }

    /** Every feature's failure: the exception carries its type, title, status, extra members and headers. */
    @ExceptionHandler(ServiceException.class)
    ResponseEntity<ProblemDetail> serviceFailure(ServiceException e) {
        ProblemType type = e.problemType();
        if (e.getCause() != null) {
            if (type.status() >= 500 && type.status() != 503) {
                LOG.error("{}", e.getMessage(), e.getCause());
            } else {
                LOG.warn("{}: {}", type.title(), e.getMessage());
            }
        }
        ProblemDetail problem = problem(HttpStatus.valueOf(type.status()), type.slug(), type.title(), e.getMessage());
        e.properties().forEach(problem::setProperty);
        ResponseEntity.BodyBuilder response = ResponseEntity.status(type.status());
        e.headers().forEach((name, value) -> response.header(name, value));
        return response.body(problem);
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail badArgument(IllegalArgumentException e) {
        return problem(HttpStatus.BAD_REQUEST, "invalid-parameter", "Invalid parameter", e.getMessage());
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ProblemDetail constraintViolation(ConstraintViolationException e) {
        List<String> violations = e.getConstraintViolations().stream()
                .map(v -> lastNode(v.getPropertyPath().toString()) + " " + v.getMessage()).sorted().toList();
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-parameter", "Invalid parameter",
                String.join("; ", violations));
        problem.setProperty("violations", violations);
        return problem;
    }

    // why: Spring translates the driver's server selection timeout (MongoTimeoutException) and socket failures to
    // DataAccessResourceFailureException; GridFS calls the driver directly, so its failures arrive untranslated
    @ExceptionHandler({DataAccessResourceFailureException.class, TransientDataAccessResourceException.class,
            MongoTimeoutException.class, MongoSocketException.class})
    ResponseEntity<ProblemDetail> databaseDown(RuntimeException e) {
        LOG.warn("MongoDB unavailable: {}", e.getMessage());
        ProblemDetail problem = problem(HttpStatus.SERVICE_UNAVAILABLE, "database-unavailable", "Database unavailable",
                "MongoDB cannot be reached; nothing was changed. Retry later; GET /health shows when it is back.");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "10").body(problem);
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e) {
        LOG.error("Unexpected error", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "Internal error",
                "The service failed unexpectedly; nothing half-written was kept. The log has the details.");
    }

    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = partHeaderTooLarge(ex)
                ? problem(HttpStatus.CONTENT_TOO_LARGE, "part-header-too-large", "Part header too large",
                "A part of the multipart upload has headers larger than server.tomcat.max-part-header-size, most "
                        + "likely a very long file name; shorten the file name.")
                : problem(HttpStatus.CONTENT_TOO_LARGE, "file-too-large", "File too large",
                "The upload exceeds the maximum size (spring.servlet.multipart.max-file-size per file, "
                        + "max-request-size per request); split the file.");
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(problem);
    }

    // why: Tomcat reports an oversized part header (e.g. a huge file name) as an exceeded upload size too
    private static boolean partHeaderTooLarge(Throwable ex) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains("Header section has more than")) {
                return true;
            }
        }
        return false;
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<String> violations = ex.getBindingResult().getFieldErrors().stream()
                .map(error -> error.getField() + " " + error.getDefaultMessage()).sorted().toList();
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-parameter", "Invalid parameter",
                violations.isEmpty() ? "The request has invalid parameters." : String.join("; ", violations));
        problem.setProperty("violations", violations);
        return ResponseEntity.badRequest().body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "unreadable-body", "Unreadable request body",
                unreadableBody(ex, RequestBodies.describe(request)));
        return ResponseEntity.badRequest().body(problem);
    }

    /** Names the field and the expected type when Jackson knows them; never echoes the body. */
    private static String unreadableBody(HttpMessageNotReadableException ex, String body) {
        Throwable cause = ex.getMostSpecificCause();
        if (cause instanceof JacksonException json && !json.getPath().isEmpty()) {
            String field = json.getPath().stream()
                    .map(r -> r.getPropertyName() != null ? r.getPropertyName() : "[" + r.getIndex() + "]")
                    .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b).orElse("?");
            if (cause instanceof UnrecognizedPropertyException) {
                return "The body has a field '" + field + "' this endpoint does not know; remove it.";
            }
            Class<?> expected = cause instanceof MismatchedInputException mismatch ? mismatch.getTargetType() : null;
            return "The body's field '" + field + "' has the wrong type" + (expected == null ? ""
                    : "; expected " + (expected == boolean.class || expected == Boolean.class ? "true or false"
                    : expected.getSimpleName())) + ".";
        }
        if (cause instanceof MismatchedInputException) {
            return "The body must be " + body + ".";
        }
        if (cause instanceof JacksonException) {
            return "The body is not well-formed JSON; send " + body + ".";
        }
        return "The request body cannot be read: send " + body + " with Content-Type: application/json.";
    }

    @Override
    protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(HttpMediaTypeNotSupportedException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String given = ex.getContentType() == null ? "The request has no Content-Type"
                : "Content-Type '" + ex.getContentType() + "' is not supported";
        List<MediaType> supported = ex.getSupportedMediaTypes();
        String detail = supported.contains(MediaType.MULTIPART_FORM_DATA)
                ? given + ": this endpoint takes a file; send Content-Type multipart/form-data with the file in a part"
                + " named 'file' (curl -F file=@purchases.csv)."
                : given + "; send " + supported.stream().map(MediaType::toString).reduce((a, b) -> a + " or " + b)
                .orElse("another Content-Type") + ".";
        ProblemDetail problem = problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type",
                "Unsupported media type", detail);
        HttpHeaders answer = new HttpHeaders();
        if (!supported.isEmpty()) {
            answer.setAccept(supported);
        }
        return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE).headers(answer).body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<String> violations = ex.getParameterValidationResults().stream()
                .flatMap(r -> r.getResolvableErrors().stream().map(err ->
                        r.getMethodParameter().getParameterName() + " " + err.getDefaultMessage()))
                .sorted().toList();
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-parameter", "Invalid parameter",
                String.join("; ", violations));
        problem.setProperty("violations", violations);
        return ResponseEntity.badRequest().body(problem);
    }

    @Override
    protected ResponseEntity<Object> createResponseEntity(@org.jspecify.annotations.Nullable Object body,
            HttpHeaders headers, HttpStatusCode statusCode, WebRequest request) {
        if (body instanceof ProblemDetail problem
                && (problem.getType() == null || "about:blank".equals(problem.getType().toString()))) {
            problem.setType(type(slugOf(statusCode)));
        }
        return super.createResponseEntity(body, headers, statusCode, request);
    }

    private static String slugOf(HttpStatusCode status) {
        HttpStatus known = HttpStatus.resolve(status.value());
        return known == null ? "http-" + status.value() : known.name().toLowerCase().replace('_', '-');
    }

    private static String lastNode(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }
}
