package io.segmentation.runs;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import io.segmentation.purchases.CommittedBatches;
import io.segmentation.purchases.MongoPurchaseSources;
import io.segmentation.purchases.Order;
import io.segmentation.purchases.OrderStore;
import io.segmentation.purchases.PurchaseInput;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** What a run reads: the committed uploads' orders and every MongoDB source, and the fingerprint of all that. */
@Component
class RunInputs {

    private final OrderStore orders;
    private final CommittedBatches batches;
    private final MongoPurchaseSources sources;
    private final RuleProperties ruleProperties;
    private final ClvSettings clv;
    private final RunSettings settings;
    private final boolean embeddedStore;

    RunInputs(OrderStore orders, CommittedBatches batches, MongoPurchaseSources sources, RuleProperties ruleProperties,
              ClvSettings clv, RunSettings settings,
              org.springframework.beans.factory.ObjectProvider<de.bwaldvogel.mongo.MongoServer> embedded) {
        this.clv = clv;
        this.settings = settings;
        this.embeddedStore = embedded.getIfAvailable() != null;
        this.orders = orders;
        this.batches = batches;
        this.sources = sources;
        this.ruleProperties = ruleProperties;
    }

    /**
     * The currency of the committed uploads' amounts: their one ISO 4217 code, or null when none gave one or they
     * gave several (the sums then mix currencies; the log says so).
     */
    @Nullable String currency() {
        java.util.Set<String> codes = batches.currencies();
        if (codes.size() > 1) {
            org.slf4j.LoggerFactory.getLogger(RunInputs.class).warn("The uploads' amounts are in several currencies"
                    + " {}: their sums mix them", codes);
        }
        return codes.size() == 1 ? codes.iterator().next() : null;
    }

    /** The committed uploads' ids, oldest first; a run reads exactly these. */
    List<String> committedUploads() {
        return batches.ids();
    }

    /**
     * Loads the orders of the committed uploads the run started with (read once, so its fingerprint and its data
     * agree), then every MongoDB source's; an order (customer and order id) repeated in several inputs counts once,
     * as the last input has it (uploads oldest first, which is the order {@link OrderStore#forEachIn} reads them in,
     * then the sources in configured order).
     *
     * @param byCustomer filled with each customer's orders
     * @param inputs     filled with what was read from each input
     * @return the number of distinct orders
     */
    long load(List<String> uploadIds, Map<String, List<Order>> byCustomer, List<PurchaseInput> inputs) {
        Map<String, Order> byKey = new HashMap<>();
        long[] documents = new long[1];
        orders.forEachIn(uploadIds, order -> {
            documents[0]++;
            byKey.put(order.customerId() + '\u0000' + order.orderId(), order);
        });
        inputs.add(PurchaseInput.uploads(documents[0], byKey.size()));
        inputs.addAll(sources.read(order -> byKey.put(order.customerId() + '\u0000' + order.orderId(), order)));
        for (Order order : byKey.values()) {
            byCustomer.computeIfAbsent(order.customerId(), k -> new ArrayList<>()).add(order);
        }
        return byKey.size();
    }

    /**
     * What a run reads, ready for the pipeline: on the service path every order loaded ({@link #load}); on the
     * database path the uploads' totals, with the orders to be streamed from MongoDB per customer while the pipeline
     * folds them. The database path is taken when {@link #readsInDatabase()} says so.
     *
     * @param inputs filled with what was read from each input
     */
    Opened open(List<String> uploadIds, List<PurchaseInput> inputs) {
        if (readsInDatabase()) {
            DatabaseCustomerOrders stream = new DatabaseCustomerOrders(orders, uploadIds, settings.factsBatchSize());
            inputs.add(PurchaseInput.uploads(stream.totals().documents(), stream.totals().orders()));
            return new Opened(stream, stream.totals().orders(), "database");
        }
        Map<String, List<Order>> byCustomer = new HashMap<>();
        long count = load(uploadIds, byCustomer, inputs);
        return new Opened(CustomerOrders.of(byCustomer), count, "service");
    }

    /**
     * Whether runs group the orders per customer in MongoDB: {@code segmentation.runs.customer-facts=database}, or
     * {@code auto} on a MongoDB server (not the embedded store, which materialises every aggregation's whole result
     * in the JVM). MongoDB sources need the orders in the service (an order repeated in an upload and a source counts
     * once), so with sources configured runs take the service path whatever the setting.
     */
    boolean readsInDatabase() {
        if (!sources.isEmpty()) {
            return false;
        }
        return switch (settings.customerFacts()) {
            case DATABASE -> true;
            case SERVICE -> false;
            case AUTO -> !embeddedStore;
        };
    }

    /**
     * A run's inputs opened for the pipeline.
     *
     * @param orders     the customers' orders, one customer at a time
     * @param orderCount distinct orders read (all dates)
     * @param path       {@code service} or {@code database}
     */
    record Opened(CustomerOrders orders, long orderCount, String path) {
    }

    /** Hex SHA-256 of everything a run's results depend on; equal fingerprints mean a run would change nothing. */
    String fingerprint(List<String> uploadIds, String asOfSetting, LocalDate today, @Nullable RuleOverrides overrides) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            String text = String.join(",", uploadIds) + "|" + asOfSetting
                    + (asOfSetting.equalsIgnoreCase("today") ? "|" + today : "") + "|" + ruleProperties
                    + "|" + overrides + "|" + sources.signature() + "|" + clv;
            return HexFormat.of().formatHex(sha.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
