package io.segmentation.runs;

import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import io.segmentation.purchases.Order;
import io.segmentation.purchases.OrderStore;
import io.segmentation.rfm.RfmSegmentTable;
import io.segmentation.rules.RuleSegmenter;
import io.segmentation.rules.RuleSettings;
import io.segmentation.rules.SpendingThresholds;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * Not part of {@code ./mvnw verify} (no {@code Tests} suffix). Prints (1) the service path against the database path
 * on the embedded store for both real files (median of 3 after a warm-up: reading the stored orders and computing the
 * run's profiles), and (2) the heap retained by the facts of {@code -Dfacts.customers} (default 200,000) generated
 * customers against the orders map the service path holds for them. Run:
 * {@code ./mvnw -o test -Dtest=CustomerFactsBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@SpringBootTest(properties = {"test.store=facts-benchmark", "segmentation.storage.read-timeout=600s"})
@ActiveProfiles("test")
class CustomerFactsBenchmark {

    @Autowired
    OrderStore store;

    private static SegmentationPipeline pipeline(ZoneId zone) {
        return new SegmentationPipeline(RfmSegmentTable.DEFAULT, new RuleSegmenter(RuleSettings.defaults()), zone,
                new ClvSettings("days", 365, 0.01, 100), new SpendingThresholds(true, 0.9, 0.8, 0.3));
    }

    @Test
    void bothPathsOnTheEmbeddedStore() {
        for (var file : List.of("online_retail_sample_30k.csv", "marketing_campaign.csv")) {
            ZoneId zone = ZoneOffset.UTC;
            List<Order> orders = file.startsWith("online") ? RealOrders.retail() : RealOrders.marketing(zone);
            String batch = new ObjectId().toHexString();
            store.insert(batch, orders);
            SegmentationPipeline pipeline = pipeline(zone);
            double[] service = new double[3];
            double[] database = new double[3];
            for (int i = -1; i < 3; i++) {
                long t0 = System.nanoTime();
                Map<String, Order> byKey = new HashMap<>();
                store.forEachIn(List.of(batch), o -> byKey.put(o.customerId() + '\u0000' + o.orderId(), o));
                Map<String, List<Order>> byCustomer = new HashMap<>();
                byKey.values().forEach(o -> byCustomer.computeIfAbsent(o.customerId(), k -> new ArrayList<>()).add(o));
                int a = pipeline.compute(byCustomer, "auto", LocalDate.now()).customers().size();
                long t1 = System.nanoTime();
                int b = pipeline.compute(new DatabaseCustomerOrders(store, List.of(batch), 1000), "auto", LocalDate.now())
                        .customers().size();
                long t2 = System.nanoTime();
                if (a != b) {
                    throw new IllegalStateException(a + " customers against " + b);
                }
                if (i >= 0) {
                    service[i] = (t1 - t0) / 1e9;
                    database[i] = (t2 - t1) / 1e9;
                }
            }
            System.out.printf("FACTS %s: %d orders; service path median %.2f s %s; database path median %.2f s %s%n",
                    file, orders.size(), median(service), Arrays.toString(service), median(database),
                    Arrays.toString(database));
            store.deleteBatch(batch);
        }
    }

    @Test
    void heapPerCustomer() {
        int customers = Integer.getInteger("facts.customers", 200_000);
        ZoneId zone = ZoneOffset.UTC;
        SegmentationPipeline pipeline = pipeline(zone);
        long base = usedHeap();
        Random random = new Random(42);
        String[] categories = {"Home", "Kids", "Womens", "Mens", "Gifts"};
        Map<String, List<Order>> byCustomer = new HashMap<>();
        long orderCount = 0;
        Instant start = Instant.parse("2011-01-01T00:00:00Z");
        for (int c = 0; c < customers; c++) {
            String id = "C" + (1_000_000 + c);
            int n = 1 + (int) Math.min(60, -Math.log(1 - random.nextDouble()) * 4);
            List<Order> orders = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                double amount = Math.round(random.nextDouble() * 50_000) / 100.0;
                orders.add(new Order(id, "O" + c + "-" + i, start.plusSeconds(random.nextInt(365 * 86_400)), amount, 3, 3,
                        Map.of(categories[random.nextInt(categories.length)], amount), "United Kingdom"));
            }
            orderCount += n;
            byCustomer.put(id, orders);
        }
        long withOrders = usedHeap();
        LocalDate asOf = LocalDate.parse("2012-01-01");
        List<CustomerFacts> facts = new ArrayList<>(customers);
        byCustomer.forEach((id, orders) -> facts.add(pipeline.facts(id, orders, asOf)));
        byCustomer = null;
        long withFacts = usedHeap();
        // why: the facts share the customer id strings with the orders; counting from the base, each side has them
        long factsBytes = withFacts - base;
        long ordersBytes = withOrders - base;
        SegmentationPipeline.Result result = pipeline.computeFacts(facts, asOf);
        long withResult = usedHeap();
        long resultBytes = withResult - withFacts;
        System.out.printf("FACTS heap: %d customers, %d orders; facts %.1f MB = %d bytes per customer; orders map %.1f MB"
                        + " = %d bytes per order (%d per customer); the run's profiles beside the facts %.1f MB = %d"
                        + " bytes per customer (%d profiles); max heap %d MB%n", facts.size(), orderCount,
                factsBytes / 1e6, factsBytes / customers, ordersBytes / 1e6, ordersBytes / orderCount,
                ordersBytes / customers, resultBytes / 1e6, resultBytes / customers, result.customers().size(),
                Runtime.getRuntime().maxMemory() >> 20);
    }

    private static long usedHeap() {
        for (int i = 0; i < 4; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
