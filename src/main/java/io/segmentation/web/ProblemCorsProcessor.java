package io.segmentation.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.cors.DefaultCorsProcessor;

/** Spring's CORS checks, with a refused origin answered as a problem document instead of plain text. */
class ProblemCorsProcessor extends DefaultCorsProcessor {

    static final ProblemType ORIGIN_REFUSED = new ProblemType("origin-not-allowed", "Origin not allowed", 403);

    @Override
    protected void rejectRequest(ServerHttpResponse response) throws IOException {
        response.setStatusCode(HttpStatus.FORBIDDEN);
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        String body = "{\"type\":\"" + ORIGIN_REFUSED.uri() + "\",\"title\":\""
                + ORIGIN_REFUSED.title() + "\",\"status\":403,\"detail\":\"A page of this Origin may not call the API"
                + " (or not with this method or these headers): add the origin to segmentation.cors.allowed-origins,"
                + " or call from an allowed one.\"}";
        response.getBody().write(body.getBytes(StandardCharsets.UTF_8));
        response.flush();
    }
}
