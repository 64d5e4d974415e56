import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import de.bwaldvogel.mongo.MongoServer;
import io.segmentation.ingestion.ParsedFile;
import io.segmentation.ingestion.PurchaseFileReader;
import io.segmentation.ingestion.ReadLimits;
import io.segmentation.ingestion.UploadOptions;
import io.segmentation.purchases.Order;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.bson.Document;

/**
 * Serves a MongoDB source of a generated Online Retail file's lines for bench runs: starts mongo-java-server on an
 * H2 file (the embedded store's engine, in its own JVM, as a separate MongoDB would be), inserts the first {@code
 * lines} lines that have a CustomerID as documents in the seed layout ({@code customer.id}, {@code order_id},
 * {@code date} as an ISO local time, {@code total_amount_lkr} = Quantity x UnitPrice, {@code product.category} =
 * StockCode) through the driver, 1,000 per insert, prints the insert rate, then serves until killed. With LINES
 * {@code orders}, it reads the whole file with the service's own {@link PurchaseFileReader} (the upload's cleaning,
 * zone UTC) and inserts one document per cleaned order instead ({@code date} the order's instant, the amount its
 * total, no category), into collection {@code orders}: the same orders an upload of the file stores.
 * Usage: {@code java -cp <test classpath> bench/MongoSourceLoader.java FILE LINES|orders H2FILE PORT} (LINES 0:
 * serve only).
 */
public class MongoSourceLoader {

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        boolean orders = args[1].equals("orders");
        long lines = orders ? 0 : Long.parseLong(args[1]);
        int port = Integer.parseInt(args[3]);
        MongoServer server = new MongoServer(new H2Backend(args[2]));
        server.bind("127.0.0.1", port);
        System.out.println("serving mongodb://127.0.0.1:" + port + "/source");
        if (orders) {
            insertOrders(file, port);
        }
        if (lines > 0) {
            try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + port);
                 BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                MongoCollection<Document> lineDocuments = client.getDatabase("source").getCollection("lines");
                in.readLine();
                List<Document> batch = new ArrayList<>(1000);
                long read = 0;
                long inserted = 0;
                long start = System.nanoTime();
                String line;
                while (read < lines && (line = in.readLine()) != null) {
                    read++;
                    List<String> f = fields(line);
                    if (f.size() < 8 || f.get(6).isEmpty()) {
                        continue;
                    }
                    double amount = Double.parseDouble(f.get(3)) * Double.parseDouble(f.get(5));
                    batch.add(new Document("customer", new Document("id", f.get(6))).append("order_id", f.get(0))
                            .append("date", f.get(4).replace(' ', 'T')).append("total_amount_lkr", amount)
                            .append("product", new Document("category", f.get(1))));
                    if (batch.size() == 1000) {
                        lineDocuments.insertMany(batch);
                        inserted += batch.size();
                        batch.clear();
                        if (inserted % 100_000 == 0) {
                            double s = (System.nanoTime() - start) / 1e9;
                            System.out.printf("%,d lines read, %,d documents in %.1f s: %,.0f documents/s%n", read,
                                    inserted, s, inserted / s);
                        }
                    }
                }
                if (!batch.isEmpty()) {
                    lineDocuments.insertMany(batch);
                    inserted += batch.size();
                }
                double s = (System.nanoTime() - start) / 1e9;
                System.out.printf("done: %,d lines read, %,d documents inserted in %.1f s: %,.0f documents/s%n", read,
                        inserted, s, inserted / s);
            }
        }
        Thread.currentThread().join();
    }

    private static void insertOrders(Path file, int port) throws Exception {
        long start = System.nanoTime();
        // why: no row limit (the service's default of 10,000,000 rows stopped the first attempt at a 50 M-line file)
        ParsedFile parsed = new PurchaseFileReader(java.time.Clock.systemUTC(), 100,
                new ReadLimits(65_536, Long.MAX_VALUE, 64L << 20)).read(file, "csv", UploadOptions.defaults());
        List<Order> all = parsed.orders();
        System.out.printf("read %,d orders of %,d customers in %.1f s%n", all.size(), parsed.customers(),
                (System.nanoTime() - start) / 1e9);
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + port)) {
            MongoCollection<Document> collection = client.getDatabase("source").getCollection("orders");
            start = System.nanoTime();
            List<Document> batch = new ArrayList<>(1000);
            long inserted = 0;
            for (Order order : all) {
                batch.add(new Document("customer", new Document("id", order.customerId()))
                        .append("order_id", order.orderId()).append("date", order.timestamp().toString())
                        .append("total_amount_lkr", order.amount()));
                if (batch.size() == 1000) {
                    collection.insertMany(batch);
                    inserted += batch.size();
                    batch.clear();
                    if (inserted % 100_000 == 0) {
                        double s = (System.nanoTime() - start) / 1e9;
                        System.out.printf("%,d orders in %.1f s: %,.0f documents/s%n", inserted, s, inserted / s);
                    }
                }
            }
            if (!batch.isEmpty()) {
                collection.insertMany(batch);
                inserted += batch.size();
            }
            double s = (System.nanoTime() - start) / 1e9;
            System.out.printf("done: %,d orders inserted in %.1f s: %,.0f documents/s%n", inserted, s, inserted / s);
        }
    }

    /** The fields of a CSV line, with double-quoted fields ("" inside for a quote). */
    static List<String> fields(String line) {
        List<String> fields = new ArrayList<>(8);
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}
