package io.segmentation.events;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A webhook receiver on a free local port: {@code /ok} answers 204, {@code /flaky} answers 503 to the first two
 * attempts of each idempotency key and 204 after, {@code /hang} sleeps past the service's read timeout. Every request
 * is recorded with whether its signature verified (HMAC-SHA256 of {@code t + "." + body}, computed here on its own).
 */
final class WebhookReceiver {

    /** One request as received. */
    record Received(String path, String idempotencyKey, String body, boolean signatureValid, long timestamp,
                    Instant arrivedAt) {
    }

    static final String SECRET = "whsec-test-0123456789";

    final List<Received> received = new CopyOnWriteArrayList<>();
    private final Map<String, AtomicInteger> flakyAttempts = new ConcurrentHashMap<>();
    private final HttpServer server;

    WebhookReceiver() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.setExecutor(Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "webhook-receiver");
            t.setDaemon(true);
            return t;
        }));
        server.createContext("/", this::handle);
        server.start();
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    List<Received> at(String path) {
        return received.stream().filter(r -> r.path().equals(path)).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        String path = exchange.getRequestURI().getPath();
        String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
        String signature = exchange.getRequestHeaders().getFirst("X-Segmentation-Signature");
        long t = -1;
        boolean valid = false;
        if (signature != null && signature.matches("t=\\d+,v1=[0-9a-f]{64}")) {
            t = Long.parseLong(signature.substring(2, signature.indexOf(',')));
            valid = signature.substring(signature.indexOf("v1=") + 3).equals(hmac(t, body));
        }
        received.add(new Received(path, key, new String(body, StandardCharsets.UTF_8), valid, t, Instant.now()));
        int status = 204;
        if (path.equals("/flaky") && flakyAttempts.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet() <= 2) {
            status = 503;
        } else if (path.equals("/hang")) {
            try {
                Thread.sleep(3_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        exchange.sendResponseHeaders(status, -1);
        exchange.close();
    }

    private static String hmac(long t, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] signed = (t + "." + new String(body, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(mac.doFinal(signed));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    void stop() {
        server.stop(0);
    }
}
