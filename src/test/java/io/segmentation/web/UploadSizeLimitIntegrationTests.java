package io.segmentation.web;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.util.LinkedMultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Too-large uploads answer a 413 problem rather than a reset connection, also when the body is far larger than
 * Tomcat would swallow by default (2 MB); the limits are shrunk to 64 KB so the test stays small. Long file names fit
 * the part-header limit; absurd ones get a 413 problem that names the file name rather than the file size.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.servlet.multipart.max-file-size=64KB", "spring.servlet.multipart.max-request-size=80KB"})
@AutoConfigureRestTestClient
@ActiveProfiles("test")
class UploadSizeLimitIntegrationTests {

    @Autowired
    RestTestClient http;

    @Autowired
    MongoOperations mongo;

    @ParameterizedTest(name = "{0} bytes")
    @ValueSource(ints = {70 * 1024, 200 * 1024, 8 * 1024 * 1024})
    void aTooLargeUploadIsA413ProblemAndStoresNothing(int size) {
        long uploads = mongo.getCollection("uploads").countDocuments();
        Map<?, ?> problem = http.post().uri("/uploads").contentType(MediaType.MULTIPART_FORM_DATA)
                .body(form("large.csv", csvOf(size))).exchange().expectStatus().isEqualTo(413)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody(Map.class).returnResult().getResponseBody();
        assertThat(problem.get("type")).isEqualTo("urn:segmentation:problem:file-too-large");
        assertThat(problem.get("detail")).asString().contains("maximum size");
        assertThat(mongo.getCollection("uploads").countDocuments()).isEqualTo(uploads);
    }

    @Test
    void aFileNameWithinTheConfiguredPartHeaderSizeIsAccepted() {
        String name = "exports/" + "very-long-campaign-name-".repeat(80) + ".csv";
        http.post().uri("/uploads").contentType(MediaType.MULTIPART_FORM_DATA).body(form(name, csvOf(1000)))
                .exchange().expectStatus().value(status -> assertThat(status).isNotEqualTo(413).isLessThan(500));
    }

    @Test
    void aFileNameBeyondThePartHeaderSizeIsA413ProblemSayingSo() {
        Map<?, ?> problem = http.post().uri("/uploads").contentType(MediaType.MULTIPART_FORM_DATA)
                .body(form("x".repeat(10_000) + ".csv", csvOf(1000))).exchange().expectStatus().isEqualTo(413)
                .expectBody(Map.class).returnResult().getResponseBody();
        assertThat(problem.get("type")).isEqualTo("urn:segmentation:problem:part-header-too-large");
        assertThat(problem.get("detail")).asString().contains("file name");
    }

    private static byte[] csvOf(int size) {
        byte[] header = "InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country\n"
                .getBytes(StandardCharsets.UTF_8);
        byte[] line = "920001,A,Thing,2,2011-01-05 10:00:00,3.50,99701.0,France\n".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = Arrays.copyOf(header, size);
        for (int at = header.length; at < size; at += line.length) {
            System.arraycopy(line, 0, bytes, at, Math.min(line.length, size - at));
        }
        return bytes;
    }

    private static LinkedMultiValueMap<String, Object> form(String name, byte[] bytes) {
        var form = new LinkedMultiValueMap<String, Object>();
        form.add("file", new ByteArrayResource(bytes) {
            @Override
            public String getFilename() {
                return name;
            }
        });
        return form;
    }
}
