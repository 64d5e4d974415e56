package io.segmentation.erasure;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import io.segmentation.dashboard.DashboardErasure;
import io.segmentation.events.SegmentChanges;
import io.segmentation.ingestion.KeptFiles;
import io.segmentation.purchases.MongoPurchaseSources;
import io.segmentation.purchases.OrderStore;
import io.segmentation.runs.Run;
import io.segmentation.runs.RunService;
import io.segmentation.segments.ResultStore;
import io.segmentation.segments.ResultWriter;
import io.segmentation.segments.SegmentService;
import io.segmentation.storage.MongoStartup;
import io.segmentation.storage.StoreDurability;
import org.bson.types.ObjectId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.stereotype.Service;

/**
 * Erases one customer, holding the run lock so no run reads the data half-removed or publishes what it read before:
 * kept files first, then stored orders, stored deltas and pending deliveries, dashboard aggregates, and the profiles
 * last, because a profile or an order is what makes the customer known. Every step removes what is left, so an
 * erasure that failed half-way is repeated with the same request. Then the run, then the audit record.
 */
@Service
class CustomerErasure {

    private static final Logger LOG = LoggerFactory.getLogger(CustomerErasure.class);

    static final String TRIGGER = "erasure";

    private final SegmentService segments;
    private final OrderStore orders;
    private final KeptFiles keptFiles;
    private final SegmentChanges changes;
    private final DashboardErasure dashboard;
    private final ResultWriter profiles;
    private final RunService runs;
    private final MongoPurchaseSources sources;
    private final MongoOperations mongo;
    private final StoreDurability durability;
    private final MongoStartup startup;
    private final Clock clock;

    CustomerErasure(SegmentService segments, OrderStore orders, KeptFiles keptFiles, SegmentChanges changes,
                    DashboardErasure dashboard, ResultWriter profiles, RunService runs, MongoPurchaseSources sources,
                    MongoOperations mongo, StoreDurability durability, MongoStartup startup, Clock clock) {
        this.segments = segments;
        this.orders = orders;
        this.keptFiles = keptFiles;
        this.changes = changes;
        this.dashboard = dashboard;
        this.profiles = profiles;
        this.runs = runs;
        this.sources = sources;
        this.mongo = mongo;
        this.durability = durability;
        this.startup = startup;
        this.clock = clock;
    }

    /**
     * Removes the customer everywhere, runs, and records the erasure.
     *
     * @throws UnknownErasureCustomerException when neither the published run nor the stored orders have the customer
     */
    ErasureReport erase(String customerId) {
        startup.requireDone();
        requireKnown(customerId);
        AtomicReference<ErasureCounts> counts = new AtomicReference<>();
        AtomicReference<Instant> erasedAt = new AtomicReference<>();
        Run run = null;
        try {
            run = runs.startAfter(TRIGGER, () -> {
                requireKnown(customerId);
                counts.set(removeEverywhere(customerId));
                erasedAt.set(clock.instant());
            });
        } catch (UnknownErasureCustomerException e) {
            throw e;
        } catch (RuntimeException e) {
            if (counts.get() == null) {
                throw e; // why: removal failed half-way; the request can be repeated and removes the rest
            }
            LOG.warn("The run after an erasure failed: {}", e.toString());
        }
        ErasureRecord record = new ErasureRecord(new ObjectId().toHexString(), erasedAt.get(), counts.get(),
                run == null ? null : run.id());
        mongo.insert(record);
        durability.commit();
        LOG.info("Erasure {}: {}; run {}", record.id(), record.removed(), record.runId());
        return new ErasureReport(record.id(), record.erasedAt(), record.removed(),
                run == null ? null : new ErasureReport.RunReference(run.id(), run.status().name()), notes());
    }

    private void requireKnown(String customerId) {
        if (segments.find(customerId).isEmpty() && !orders.hasCustomer(customerId)) {
            throw new UnknownErasureCustomerException(customerId);
        }
    }

    private ErasureCounts removeEverywhere(String customerId) {
        KeptFiles.Erased files = keptFiles.eraseCustomer(customerId);
        long orderCount = orders.eraseCustomer(customerId);
        durability.commit();
        long changeCount = changes.erase(customerId);
        long dashboardRuns = dashboard.eraseCustomer(customerId);
        ResultWriter.Erased erased = profiles.eraseCustomer(customerId);
        durability.commit();
        return new ErasureCounts(orderCount, files.lines(), files.files(), erased.profiles(), erased.historyEntries(),
                changeCount, dashboardRuns);
    }

    private List<String> notes() {
        return sources.isEmpty() ? List.of() : List.of("The MongoDB sources (segmentation.sources) are read by every"
                + " run, not held by the service: erase the customer there too, or the next run reads them again.");
    }
}
