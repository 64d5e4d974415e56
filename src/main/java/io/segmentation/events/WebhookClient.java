package io.segmentation.events;

import java.net.URI;
import java.net.http.HttpClient;

import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/** POSTs a signed body to a webhook with the configured timeouts and answers the HTTP status; never follows redirects. */
@Component
class WebhookClient {

    private final RestClient http;

    WebhookClient(EventSettings settings) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(client);
        factory.setReadTimeout(settings.readTimeout());
        this.http = RestClient.builder().requestFactory(factory).build();
    }

    /**
     * Sends one attempt.
     *
     * @return the receiver's HTTP status code
     * @throws org.springframework.web.client.RestClientException when no answer came (refused, timed out, reset)
     */
    int post(URI url, byte[] body, String signature, String idempotencyKey, int attempt) {
        return http.post().uri(url).contentType(MediaType.APPLICATION_JSON)
                .header(WebhookSignature.HEADER, signature)
                .header("Idempotency-Key", idempotencyKey)
                .header("X-Segmentation-Event", WebhookPayload.EVENT)
                .header("X-Segmentation-Attempt", Integer.toString(attempt))
                .body(body)
                .exchange((request, response) -> response.getStatusCode().value());
    }
}
