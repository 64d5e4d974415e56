package io.segmentation.events;

import java.net.URI;
import java.util.List;
import java.util.Optional;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The configured webhooks, {@code segmentation.webhooks[i].url} and {@code .secret}; none by default.
 *
 * @param webhooks each receiver of segment changes
 */
@ConfigurationProperties("segmentation")
record Webhooks(@DefaultValue List<Webhook> webhooks) {

    /**
     * One receiver.
     *
     * @param url    absolute http or https URL the changes are POSTed to
     * @param secret the key of the HMAC-SHA256 signature; never logged nor shown
     */
    record Webhook(URI url, String secret) {

        Webhook {
            if (url == null || !url.isAbsolute() || !List.of("http", "https").contains(url.getScheme())) {
                throw new IllegalArgumentException("segmentation.webhooks[].url must be an absolute http(s) URL, was "
                        + url);
            }
            if (secret == null || secret.isBlank()) {
                throw new IllegalArgumentException("segmentation.webhooks[].secret must be set for " + url);
            }
        }

        @Override
        public String toString() {
            return "Webhook[url=" + url + ", secret=***]";
        }
    }

    /** The webhook with this URL, if it is still configured. */
    Optional<Webhook> find(String url) {
        return webhooks.stream().filter(w -> w.url().toString().equals(url)).findFirst();
    }
}
