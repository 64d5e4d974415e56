package io.segmentation;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Graceful shutdown as configured ({@code server.shutdown=graceful}): once the service is asked to stop it refuses
 * new connections, but a request already in flight (an upload or a run, both synchronous) completes and is answered.
 */
class GracefulShutdownIntegrationTests {

    /** A request that stays in flight until the test lets it go. */
    @RestController
    static class SlowEndpoint {

        static final CountDownLatch ENTERED = new CountDownLatch(1);
        static final CountDownLatch RELEASE = new CountDownLatch(1);

        @GetMapping("/test/slow")
        String slow() throws InterruptedException {
            ENTERED.countDown();
            return RELEASE.await(20, TimeUnit.SECONDS) ? "done" : "timed out";
        }
    }

    @Test
    void aRequestInFlightCompletesWhileNewConnectionsAreRefused() throws Exception {
        ConfigurableApplicationContext app = new SpringApplicationBuilder(SegmentationApplication.class,
                SlowEndpoint.class).profiles("test").properties("server.port=0").run();
        int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
        HttpClient client = HttpClient.newHttpClient();
        CompletableFuture<HttpResponse<String>> inFlight = client.sendAsync(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/test/slow")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(SlowEndpoint.ENTERED.await(10, TimeUnit.SECONDS)).isTrue();

        Thread stopping = new Thread(app::close, "stopping");
        stopping.start();
        assertThat(refusesConnectionsWithin(port, 10_000)).isTrue();
        assertThat(app.isActive()).as("still draining the request in flight").isTrue();

        SlowEndpoint.RELEASE.countDown();
        HttpResponse<String> answer = inFlight.get(10, TimeUnit.SECONDS);
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).isEqualTo("done");
        stopping.join(20_000);
        assertThat(app.isActive()).isFalse();
    }

    private static boolean refusesConnectionsWithin(int port, long millis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < deadline) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("localhost", port), 500);
            } catch (ConnectException e) {
                return true;
            } catch (IOException e) {
                // a timeout or reset while the connector closes: try again
            }
            Thread.sleep(50);
        }
        return false;
    }
}
