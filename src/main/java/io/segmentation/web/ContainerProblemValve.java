package io.segmentation.web;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.http.HttpStatus;

/**
 * Tomcat's error report for requests the container rejects before any servlet sees them (an encoded {@code /} or
 * NUL in the path, a malformed request line): an RFC 9457 problem instead of Tomcat's HTML page. Errors inside the
 * application still go through {@link ProblemDetailsAdvice}; this valve writes only when nothing else did.
 */
public class ContainerProblemValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        HttpStatus known = HttpStatus.resolve(status);
        String slug = known == null ? "http-" + status : known.name().toLowerCase().replace('_', '-');
        String title = known == null ? "HTTP " + status : known.getReasonPhrase();
        String body = "{\"type\":\"urn:segmentation:problem:" + slug + "\",\"title\":\"" + title + "\",\"status\":"
                + status + ",\"detail\":\"" + detail(status) + "\"}";
        try {
            response.setContentType("application/problem+json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(body);
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // why: the client went away or the response was committed meanwhile; there is nobody left to tell
        }
    }

    private static String detail(int status) {
        return switch (status) {
            case 400 -> "The server rejected the request line before the service saw it: the path holds an encoded"
                    + " '/', '\\\\', '..' segment, NUL or another character URLs may not carry, or the request is"
                    + " malformed. Send the path without them; ids never contain them.";
            case 404 -> "No resource at this path; GET /v3/api-docs lists the API's paths.";
            case 413 -> "The request is larger than the server accepts; send a smaller one.";
            case 414 -> "The URL is too long; send fewer or shorter query parameters.";
            case 431 -> "The request headers are too large; send fewer or shorter headers.";
            case 505 -> "The HTTP version is not supported; use HTTP/1.1.";
            default -> "The server could not handle the request (" + status + "); the log has the details.";
        };
    }
}
