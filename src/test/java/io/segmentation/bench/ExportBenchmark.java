package io.segmentation.bench;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import javax.management.MBeanServerConnection;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.bson.Document;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;

/**
 * Benchmark (not a test) of {@code GET /customers/export?format=seed-json}: starts mongo-java-server (the embedded
 * store's engine, in-memory backend) in this JVM, inserts N generated customer profiles as one published run,
 * starts the service in a separate JVM against it, streams the export, and prints customers per second and the
 * service's peak heap (sum of the peak usage of its heap pools, reset just before the export, read over JMX).
 *
 * <p>Arguments: {@code [customers=1000000] [serviceXmx=256m] [external|embedded]}: {@code external} (default) keeps the
 * store in this JVM, so the service's heap is the service's alone; {@code embedded} writes the store's H2 file and
 * lets the service open it with its default in-process embedded server, whose memory then counts in the service's
 * heap. See {@code bench/export/README.md}.
 */
public final class ExportBenchmark {

    private static final String RUN_ID = "bench-run";

    private ExportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int customers = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        String xmx = args.length > 1 ? args[1] : "256m";
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME))
                .setLevel(ch.qos.logback.classic.Level.WARN);
        boolean embedded = args.length > 2 && args[2].equals("embedded");
        Path storeDir = Files.createTempDirectory("export-bench-store");
        MongoServer server = new MongoServer(embedded
                ? new H2Backend(storeDir.resolve("segmentation.mv.db").toString()) : new MemoryBackend());
        int mongoPort = server.bind().getPort();
        Process service = null;
        boolean serverStopped = false;
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + mongoPort)) {
            long t0 = System.nanoTime();
            insert(client.getDatabase("segmentation").getCollection("customers"), customers);
            client.getDatabase("segmentation").getCollection("publication").insertOne(new Document("_id", "current")
                    .append("runId", RUN_ID).append("asOf", new Date()).append("customers", (long) customers)
                    .append("publishedAt", new Date()));
            System.out.printf("inserted %,d profiles in %.1f s%n", customers, (System.nanoTime() - t0) / 1e9);

            long r0 = System.nanoTime();
            long raw = 0;
            try (var cursor = client.getDatabase("segmentation").getCollection("customers")
                    .find(new Document("runId", RUN_ID))
                    .projection(new Document("profile.customerId", 1).append("profile.rules", 1))
                    .batchSize(1_000).iterator()) {
                while (cursor.hasNext()) {
                    cursor.next();
                    raw++;
                }
            }
            double rawSeconds = (System.nanoTime() - r0) / 1e9;
            System.out.printf("baseline: the same query read with the plain driver, no HTTP: %,d documents in %.2f s:"
                    + " %,.0f documents/s%n", raw, rawSeconds, raw / rawSeconds);

            List<String> store = List.of("--spring.mongodb.uri=mongodb://127.0.0.1:" + mongoPort + "/segmentation");
            if (embedded) {
                // why: the service opens the same H2 file with its own in-process mongo-java-server
                server.shutdownNow();
                serverStopped = true;
                store = List.of("--segmentation.storage.data-dir=" + storeDir);
            }
            int httpPort = freePort();
            int jmxPort = freePort();
            Path log = Files.createTempFile("export-bench-service", ".log");
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx" + xmx, "-Dcom.sun.management.jmxremote.port=" + jmxPort,
                    "-Dcom.sun.management.jmxremote.rmi.port=" + jmxPort,
                    "-Dcom.sun.management.jmxremote.authenticate=false", "-Dcom.sun.management.jmxremote.ssl=false",
                    "-Djava.rmi.server.hostname=127.0.0.1",
                    "-cp", System.getProperty("java.class.path"), "io.segmentation.SegmentationApplication",
                    "--server.port=" + httpPort, "--segmentation.demo-data.enabled=false", "--logging.level.root=warn"));
            command.addAll(store);
            service = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
            waitUntilUp(http, httpPort, service, log);

            try (JMXConnector jmx = JMXConnectorFactory.connect(
                    new JMXServiceURL("service:jmx:rmi:///jndi/rmi://127.0.0.1:" + jmxPort + "/jmxrmi"))) {
                List<MemoryPoolMXBean> heap = heapPools(jmx.getMBeanServerConnection());
                MemoryMXBean memory = ManagementFactory.newPlatformMXBeanProxy(jmx.getMBeanServerConnection(),
                        ManagementFactory.MEMORY_MXBEAN_NAME, MemoryMXBean.class);
                long before = memory.getHeapMemoryUsage().getUsed();
                heap.forEach(MemoryPoolMXBean::resetPeakUsage);
                AtomicLong sampled = new AtomicLong(before);
                AtomicBoolean exporting = new AtomicBoolean(true);
                Thread sampler = new Thread(() -> {
                    while (exporting.get()) {
                        sampled.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                        try {
                            Thread.sleep(10);
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                });
                sampler.start();

                long start = System.nanoTime();
                HttpResponse<InputStream> response = http.send(HttpRequest.newBuilder(
                                URI.create("http://127.0.0.1:" + httpPort + "/customers/export?format=seed-json")).build(),
                        HttpResponse.BodyHandlers.ofInputStream());
                long[] counted = count(response.body());
                double seconds = (System.nanoTime() - start) / 1e9;
                exporting.set(false);
                sampler.join();

                long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
                System.out.printf("HTTP %d, %,d customers, %,d bytes in %.2f s: %,.0f customers/s%n",
                        response.statusCode(), counted[0], counted[1], seconds, counted[0] / seconds);
                System.out.printf("service heap (-Xmx%s): %.1f MiB used before the export; during it: peak %.1f MiB"
                                + " sampled every 10 ms, %.1f MiB sum of the heap pools' peaks (an upper bound)%n",
                        xmx, before / 1048576.0, sampled.get() / 1048576.0, peak / 1048576.0);
                if (counted[0] != customers) {
                    throw new IllegalStateException("exported " + counted[0] + " customers, expected " + customers);
                }
            }
        } finally {
            if (service != null) {
                service.destroy();
                service.waitFor();
            }
            if (!serverStopped) {
                server.shutdownNow();
            }
        }
    }

    private static void insert(MongoCollection<Document> collection, int customers) {
        Random random = new Random(42);
        String[][] frequency = {{"new", "New"}, {"loyal", "Loyal"}, {"seasonal", "Seasonal"}, {"lapsed", "Lapsed"},
                {"regular", "Regular"}};
        String[][] spending = {{"high-value", "High Value"}, {"medium-value", "Medium Value"}, {"low-value", "Low Value"}};
        String[][] category = {{"womens", "Womens"}, {"mens", "Mens"}, {"kids", "Kids"}, {"family", "Family"},
                {"mixed", "Mixed"}};
        String[] rfm = {"champions", "loyal-customers", "at-risk", "lost", "hibernating", "need-attention"};
        Date first = new Date(1_600_000_000_000L);
        Date last = new Date(1_700_000_000_000L);
        List<Document> batch = new ArrayList<>(10_000);
        for (int i = 0; i < customers; i++) {
            String id = String.format("CUST%07d", i);
            String[] f = frequency[random.nextInt(frequency.length)];
            String[] s = spending[random.nextInt(spending.length)];
            String[] c = category[random.nextInt(category.length)];
            int r = 1 + random.nextInt(5);
            Document profile = new Document("customerId", id).append("country", "Sri Lanka")
                    .append("recencyDays", (long) random.nextInt(400)).append("frequency", 1 + random.nextInt(30))
                    .append("monetary", random.nextDouble() * 200_000).append("averageOrderValue", random.nextDouble() * 20_000)
                    .append("firstPurchase", first).append("lastPurchase", last).append("tenureDays", 700L)
                    .append("rScore", r).append("fScore", r).append("mScore", r).append("rfmScore", "" + r + r + r)
                    .append("rfmSegment", rfm[random.nextInt(rfm.length)])
                    .append("rules", new Document("purchaseFrequency", f[0]).append("spending", s[0])
                            .append("category", c[0]).append("purchaseFrequencyName", f[1])
                            .append("spendingName", s[1]).append("categoryName", c[1]));
            batch.add(new Document("_id", RUN_ID + ":" + id).append("runId", RUN_ID).append("profile", profile));
            if (batch.size() == 10_000) {
                collection.insertMany(batch);
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            collection.insertMany(batch);
        }
    }

    /** Customers (objects with a customer_id) and bytes of the streamed JSON array, parsed as it arrives. */
    private static long[] count(InputStream body) throws IOException {
        CountingStream in = new CountingStream(body);
        long n = 0;
        try (JsonParser parser = JsonMapper.builder().build().createParser(in)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (token == JsonToken.PROPERTY_NAME && parser.currentName().equals("customer_id")) {
                    n++;
                }
            }
        }
        return new long[] {n, in.bytes};
    }

    private static List<MemoryPoolMXBean> heapPools(MBeanServerConnection connection) throws IOException {
        return ManagementFactory.getPlatformMXBeans(connection, MemoryPoolMXBean.class).stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
    }

    private static void waitUntilUp(HttpClient http, int port, Process service, Path log) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(600).toNanos();
        while (System.nanoTime() < deadline) {
            if (!service.isAlive()) {
                throw new IllegalStateException("the service stopped; its log: " + log);
            }
            try {
                var response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health")).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // why: not listening yet
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("the service did not start within 600 s; its log: " + log);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** Counts the bytes read through it. */
    private static final class CountingStream extends java.io.FilterInputStream {

        long bytes;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                bytes++;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int off, int len) throws IOException {
            int n = super.read(buffer, off, len);
            if (n > 0) {
                bytes += n;
            }
            return n;
        }
    }
}
