package io.segmentation.storage;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;

import io.segmentation.SegmentationApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/** In embedded mode, a restart on the same data directory keeps uploads, customers and segments. */
class EmbeddedRestartIntegrationTests {

    @TempDir
    Path dataDir;

    private final HttpClient client = HttpClient.newHttpClient();

    @Test
    void aRestartKeepsUploadsCustomersAndSegments() throws Exception {
        String uploadId;
        String segmentsBefore;
        try (ConfigurableApplicationContext app = start()) {
            String body = "Customer_ID,Order_ID,Date,Total_Amount,Product_Category\n"
                    + "C1,O1,2024-01-10,120.00,Womens\nC1,O2,2024-03-01,80.50,Womens\nC2,O3,2024-02-15,40.00,Kids\n";
            String boundary = "----restart-test";
            String multipart = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"o.csv\"\r\n"
                    + "Content-Type: text/csv\r\n\r\n" + body + "\r\n--" + boundary + "--\r\n";
            HttpResponse<String> upload = client.send(HttpRequest.newBuilder(uri(app, "/uploads"))
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofString(multipart)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(upload.statusCode()).isEqualTo(201);
            uploadId = upload.headers().firstValue("Location").orElseThrow();
            segmentsBefore = get(app, "/segments").body();
            assertThat(segmentsBefore).contains("\"customers\":2");
        }
        try (ConfigurableApplicationContext app = start()) {
            assertThat(get(app, uploadId).statusCode()).isEqualTo(200);
            HttpResponse<String> customer = get(app, "/customers/C1");
            assertThat(customer.statusCode()).isEqualTo(200);
            assertThat(customer.body()).contains("\"frequency\":2").contains("\"monetary\":200.5");
            assertThat(get(app, "/segments").body()).isEqualTo(segmentsBefore);
        }
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(SegmentationApplication.class).run("--server.port=0",
                "--segmentation.storage.data-dir=" + dataDir, "--segmentation.demo-data.enabled=false");
    }

    private HttpResponse<String> get(ConfigurableApplicationContext app, String path) throws Exception {
        return client.send(HttpRequest.newBuilder(uri(app, path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static URI uri(ConfigurableApplicationContext app, String path) {
        int port = ((WebServerApplicationContext) app).getWebServer().getPort();
        return URI.create("http://localhost:" + port + path);
    }
}
