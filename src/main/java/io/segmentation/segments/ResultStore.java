package io.segmentation.segments;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/**
 * Reads the customer and segment profiles of stored runs (written by {@link ResultWriter}); callers read through the
 * published run. Pages and counts go through a cached sorted id list and fetch by id, because the embedded store
 * sorts whole documents in memory.
 */
@Repository
public class ResultStore {

    /** Customers read at a time by the whole-run readers (exports, histories, training snapshots). */
    private static final int PAGE_SIZE = 500;

    private static final String CUSTOMERS = "customers";

    /** Ascending monetary value, then descending id: the head of a queue ordered so is the weakest of a top list. */
    private static final Comparator<Map.Entry<String, Double>> TOP_ORDER = Map.Entry.<String, Double>comparingByValue()
            .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()));

    private final CustomerIdCache idCache;

    private final MongoOperations mongo;

    private final org.springframework.beans.factory.ObjectProvider<ChangedCustomers> changes;

    ResultStore(MongoOperations mongo, CustomerIdCache idCache,
                org.springframework.beans.factory.ObjectProvider<ChangedCustomers> changes) {
        this.mongo = mongo;
        this.idCache = idCache;
        this.changes = changes;
    }

    /** The published run, if any run was published. */
    public Optional<Publication> current() {
        return Optional.ofNullable(mongo.findById(Publication.CURRENT, Publication.class));
    }

    /** A customer's profile in the given run. */
    Optional<CustomerProfile> customer(String runId, String customerId) {
        CustomerDocument doc = mongo.findById(CustomerDocument.id(runId, customerId), CustomerDocument.class);
        return Optional.ofNullable(doc).map(CustomerDocument::profile);
    }

    /** Segment profiles of a run in display order, optionally of one scheme. */
    List<SegmentProfile> segments(String runId, @Nullable String scheme) {
        Criteria criteria = Criteria.where("runId").is(runId);
        if (scheme != null) {
            criteria = criteria.and("profile.scheme").is(scheme);
        }
        return mongo.find(Query.query(criteria).with(Sort.by("position")), SegmentDocument.class)
                .stream().map(SegmentDocument::profile).toList();
    }

    /** One segment profile of a run. */
    Optional<SegmentProfile> segment(String runId, String segmentId) {
        SegmentDocument doc = mongo.findById(runId + ":" + segmentId, SegmentDocument.class);
        return Optional.ofNullable(doc).map(SegmentDocument::profile);
    }

    /** A page of a run's customers, optionally of one segment (of any scheme), sorted by customer id. */
    List<CustomerProfile> customers(String runId, @Nullable String segmentId, long offset, int limit) {
        return customers(runId, segmentId, CustomerSort.BY_ID, offset, limit);
    }

    /** A page of a run's customers, optionally of one segment (of any scheme), in the given order. */
    List<CustomerProfile> customers(String runId, @Nullable String segmentId, CustomerSort sort, long offset,
                                    int limit) {
        return customers(runId, CustomerFilter.segment(segmentId), sort, offset, limit);
    }

    /** A page of a run's customers that pass {@code filter}, in the given order. */
    List<CustomerProfile> customers(String runId, CustomerFilter filter, CustomerSort sort, long offset, int limit) {
        List<String> ids = sort.byId() ? customerIds(runId, filter) : sortedIds(runId, filter, sort);
        int from = (int) Math.min(ids.size(), offset);
        List<String> page = ids.subList(from, (int) Math.min(ids.size(), (long) from + limit));
        Map<String, CustomerProfile> byId = new HashMap<>();
        byIds(page, List.of(), CustomerDocument.class).forEach(doc -> byId.put(doc.id(), doc.profile()));
        return page.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    /**
     * The document ids of a run's customers (optionally of one segment) in a field's order, ties by id; kept like the
     * id lists, so only the first page of an order reads the run (a projection of two fields).
     */
    private List<String> sortedIds(String runId, CustomerFilter filter, CustomerSort sort) {
        String key = (filter.simple() ? (filter.onlySegment() == null ? "" : filter.onlySegment()) : filter.key())
                + '\u0001' + sort;
        return idCache.get(runId, key, () -> {
            if (!filter.segments().isEmpty() || filter.country() != null || filter.changedSince() != null) {
                // why: the whole run's order filtered by the segment's members, both usually kept: no pass over the run
                Set<String> members = new HashSet<>(customerIds(runId, filter));
                return sortedIds(runId, CustomerFilter.ALL, sort).stream().filter(members::contains).toList();
            }
            Query query = customersQuery(runId, null);
            query.fields().include("_id").include(sort.path());
            query.cursorBatchSize(10_000);
            List<Map.Entry<String, @Nullable Double>> keyed = new ArrayList<>();
            try (var cursor = mongo.stream(query, org.bson.Document.class, CUSTOMERS)) {
                cursor.forEach(doc -> keyed.add(new java.util.AbstractMap.SimpleEntry<>(doc.getString("_id"),
                        sort.valueIn(doc))));
            }
            keyed.sort(sort.order());
            return keyed.stream().map(Map.Entry::getKey).toList();
        });
    }

    /**
     * Reads a run's customers once (a projection of ids, segments and the sort fields) and keeps the sorted id lists
     * of every given order of the whole run and of every given segment by customer id, so that the first page of each
     * is one lookup by id instead of a pass over the run.
     */
    void prepare(String runId, List<CustomerSort> sorts, List<String> segmentIds) {
        Query query = customersQuery(runId, null);
        query.fields().include("_id").include("profile.rfmSegment").include("profile.cluster").include("profile.rules");
        sorts.forEach(sort -> query.fields().include(sort.path()));
        query.cursorBatchSize(10_000);
        List<org.bson.Document> rows = new ArrayList<>();
        try (var cursor = mongo.stream(query, org.bson.Document.class, CUSTOMERS)) {
            cursor.forEach(rows::add);
        }
        rows.sort(Comparator.comparing(doc -> doc.getString("_id")));
        List<String> all = rows.stream().map(doc -> doc.getString("_id")).toList();
        idCache.get(runId, null, () -> all);
        for (CustomerSort sort : sorts) {
            if (sort.byId()) {
                continue;
            }
            List<Map.Entry<String, @Nullable Double>> keyed = new ArrayList<>(rows.size());
            rows.forEach(doc -> keyed.add(new java.util.AbstractMap.SimpleEntry<>(doc.getString("_id"),
                    sort.valueIn(doc))));
            keyed.sort(sort.order());
            List<String> ids = keyed.stream().map(Map.Entry::getKey).toList();
            idCache.get(runId, "" + '\u0001' + sort, () -> ids);
        }
        for (String segmentId : segmentIds) {
            List<String> members = rows.stream().filter(doc -> inSegment(doc.get("profile", org.bson.Document.class),
                    segmentId)).map(doc -> doc.getString("_id")).toList();
            idCache.get(runId, segmentId, () -> members);
        }
    }

    private static boolean inSegment(org.bson.Document profile, String segmentId) {
        org.bson.Document rules = profile.get("rules", org.bson.Document.class);
        return segmentId.equals(profile.getString("rfmSegment")) || segmentId.equals(profile.getString("cluster"))
                || rules != null && (segmentId.equals(rules.getString("purchaseFrequency"))
                || segmentId.equals(rules.getString("spending")) || segmentId.equals(rules.getString("category")));
    }

    /** The members of a segment with the highest monetary value, highest first (ties by customer id). */
    List<CustomerProfile> topCustomers(String runId, String segmentId, int limit) {
        // why: sorted here from a projection, not by the store: mongo-java-server sorts whole documents in the heap
        Query query = customersQuery(runId, segmentId);
        query.fields().include("_id").include("profile.monetary");
        query.cursorBatchSize(10_000);
        var top = new PriorityQueue<Map.Entry<String, Double>>(TOP_ORDER);
        try (var cursor = mongo.stream(query, org.bson.Document.class, CUSTOMERS)) {
            cursor.forEach(doc -> {
                Number monetary = doc.get("profile", org.bson.Document.class).get("monetary", Number.class);
                top.add(Map.entry(doc.getString("_id"), monetary.doubleValue()));
                if (top.size() > limit) {
                    top.poll();
                }
            });
        }
        List<Map.Entry<String, Double>> best = new ArrayList<>(top);
        best.sort(TOP_ORDER.reversed());
        List<String> ids = best.stream().map(Map.Entry::getKey).toList();
        Map<String, CustomerProfile> byId = new HashMap<>();
        byIds(ids, List.of(), CustomerDocument.class).forEach(doc -> byId.put(doc.id(), doc.profile()));
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    /** Number of a run's customers, optionally of one segment. */
    long countCustomers(String runId, @Nullable String segmentId) {
        return customerIds(runId, segmentId).size();
    }

    /** Number of a run's customers that pass {@code filter}. */
    long countCustomers(String runId, CustomerFilter filter) {
        return customerIds(runId, filter).size();
    }

    /**
     * Hands a run's customers (optionally of one segment) to {@code consumer}, sorted by customer id, a page of
     * {@value #PAGE_SIZE} at a time: never more than one page of profiles is in memory, here or in the store.
     */
    void forEachCustomer(String runId, @Nullable String segmentId, Consumer<CustomerProfile> consumer) {
        forEachPage(runId, segmentId, List.of(), CustomerDocument.class, doc -> consumer.accept(doc.profile()));
    }

    /** Like {@link #forEachCustomer(String, String, Consumer)}, the customers passing {@code filter} in the given order. */
    void forEachCustomer(String runId, CustomerFilter filter, CustomerSort sort, Consumer<CustomerProfile> consumer) {
        long total = countCustomers(runId, filter);
        for (long from = 0; from < total; from += PAGE_SIZE) {
            customers(runId, filter, sort, from, PAGE_SIZE).forEach(consumer);
        }
    }

    /**
     * Hands over a run's customers as what the next run carries forward (customer id, RFM segment, monetary, segment
     * history) and compares its segments with (cluster, rule segment ids), read through a projection a page at a time (see {@link #forEachPage}). The run ids, dates and
     * segment ids in the histories are shared between customers, so a run holding every history keeps each once.
     */
    void forEachHistory(String runId, Consumer<StoredHistory> consumer) {
        Map<Object, Object> shared = new HashMap<>();
        forEachPage(runId, null, List.of("profile.customerId", "profile.rfmSegment", "profile.monetary",
                "profile.segmentHistory", "profile.cluster", "profile.rules.purchaseFrequency",
                "profile.rules.spending", "profile.rules.category"), StoredHistory.Projected.class, doc -> {
                    StoredHistory h = doc.profile();
                    List<SegmentHistory.Entry> entries = h.segmentHistory() == null ? null : h.segmentHistory()
                            .stream().map(e -> new SegmentHistory.Entry(shared(shared, e.runId()),
                                    shared(shared, e.asOf()), shared(shared, e.rfmSegment()), e.monetary()))
                            .toList();
                    StoredHistory.RuleIds rules = h.rules() == null ? null : new StoredHistory.RuleIds(
                            shared(shared, h.rules().purchaseFrequency()), shared(shared, h.rules().spending()),
                            shared(shared, h.rules().category()));
                    consumer.accept(new StoredHistory(h.customerId(), shared(shared, h.rfmSegment()), h.monetary(),
                            entries, shared(shared, h.cluster()), rules));
                });
    }

    @SuppressWarnings("unchecked")
    private static <T> T shared(Map<Object, Object> shared, T value) {
        return (T) shared.computeIfAbsent(value, v -> v);
    }

    /**
     * Streams a run's customers (optionally of one segment) as customer id and rule-segment display names
     * ({@code purchaseFrequencyName}, {@code spendingName}, {@code categoryName}; null when the run computed no rule
     * segments), read through a projection a page at a time (see {@link #forEachPage}).
     */
    void forEachRuleLabels(String runId, @Nullable String segmentId, RuleLabelsConsumer consumer) {
        forEachPage(runId, segmentId, List.of("profile.customerId", "profile.rules"), org.bson.Document.class, doc -> {
            org.bson.Document profile = doc.get("profile", org.bson.Document.class);
            consumer.accept(profile.getString("customerId"), profile.get("rules", org.bson.Document.class));
        });
    }

    /**
     * Reads a run's customer documents (optionally of one segment; only {@code fields} when not empty) as
     * {@code type}, sorted by id, a page at a time: the sorted ids first, then each page of {@value #PAGE_SIZE} by id,
     * an index lookup in every MongoDB. A single cursor would do on MongoDB, but the embedded mongo-java-server
     * builds a query's whole result (and sorts whole documents) in the heap before answering its first batch: for a
     * run of 90,000 customers, more than a 512 MB service has.
     */
    private <T> void forEachPage(String runId, @Nullable String segmentId, List<String> fields, Class<T> type,
                                 Consumer<T> consumer) {
        List<String> ids = customerIds(runId, segmentId);
        for (int from = 0; from < ids.size(); from += PAGE_SIZE) {
            byIds(ids.subList(from, Math.min(ids.size(), from + PAGE_SIZE)), fields, type).forEach(consumer);
        }
    }

    /** The documents with the given ids (only {@code fields} when not empty), sorted by id. */
    private <T> List<T> byIds(List<String> ids, List<String> fields, Class<T> type) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Query query = Query.query(Criteria.where("_id").in(ids)).with(Sort.by("_id"));
        fields.forEach(query.fields()::include);
        return mongo.find(query, type, CUSTOMERS);
    }

    /** The document ids of a run's customers (optionally of one segment), sorted, which is customer id order. */
    private List<String> customerIds(String runId, @Nullable String segmentId) {
        return idCache.get(runId, segmentId, () -> {
            Query query = customersQuery(runId, segmentId);
            query.fields().include("_id");
            query.cursorBatchSize(10_000);
            List<String> sorted = new ArrayList<>();
            try (var cursor = mongo.stream(query, org.bson.Document.class, CUSTOMERS)) {
                cursor.forEach(doc -> sorted.add(doc.getString("_id")));
            }
            Collections.sort(sorted);
            return Collections.unmodifiableList(sorted);
        });
    }

    /**
     * The sorted document ids of a run's customers passing {@code filter}: the kept per-segment lists for one segment,
     * else the sorted union of the segments' lists, intersected with the country's customers (one query, kept).
     */
    private List<String> customerIds(String runId, CustomerFilter filter) {
        if (filter.simple()) {
            return customerIds(runId, filter.onlySegment());
        }
        Set<String> changed = filter.changedSince() == null ? Set.of() : changedSince(runId, filter.changedSince());
        return idCache.get(runId, filter.key(), () -> {
            java.util.TreeSet<String> ids = new java.util.TreeSet<>();
            if (filter.segments().isEmpty()) {
                ids.addAll(customerIds(runId, (String) null));
            }
            filter.segments().forEach(segment -> ids.addAll(customerIds(runId, segment)));
            if (filter.country() != null) {
                ids.retainAll(new HashSet<>(countryIds(runId, filter.country())));
            }
            if (filter.changedSince() != null) {
                ids.removeIf(id -> !changed.contains(id.substring(runId.length() + 1)));
            }
            return List.copyOf(ids);
        });
    }

    /**
     * The customers whose segments changed after run {@code since} up to {@code runId}; throws
     * {@link UnknownChangeBaseException} when the kept deltas do not reach back to it.
     */
    private Set<String> changedSince(String runId, String since) {
        ChangedCustomers source = changes.getIfAvailable();
        return (source == null ? java.util.Optional.<Set<String>>empty() : source.since(since, runId))
                .orElseThrow(() -> new UnknownChangeBaseException(since));
    }

    /** The document ids of a run's customers of one country (case not regarded). */
    private List<String> countryIds(String runId, String country) {
        return idCache.get(runId, '\u0003' + country.toLowerCase(java.util.Locale.ROOT), () -> {
            Query query = customersQuery(runId, null);
            query.fields().include("_id").include("profile.country");
            query.cursorBatchSize(10_000);
            List<String> ids = new ArrayList<>();
            try (var cursor = mongo.stream(query, org.bson.Document.class, CUSTOMERS)) {
                cursor.forEach(doc -> {
                    if (country.equalsIgnoreCase(doc.get("profile", org.bson.Document.class).getString("country"))) {
                        ids.add(doc.getString("_id"));
                    }
                });
            }
            Collections.sort(ids);
            return Collections.unmodifiableList(ids);
        });
    }

    /** Receives one customer of {@link #forEachRuleLabels}. */
    @FunctionalInterface
    interface RuleLabelsConsumer {
        void accept(String customerId, org.bson.@Nullable Document rules);
    }

    private static Query customersQuery(String runId, @Nullable String segmentId) {
        Criteria criteria = Criteria.where("runId").is(runId);
        if (segmentId != null) {
            criteria = criteria.orOperator(Criteria.where("profile.rfmSegment").is(segmentId),
                    Criteria.where("profile.cluster").is(segmentId),
                    Criteria.where("profile.rules.purchaseFrequency").is(segmentId),
                    Criteria.where("profile.rules.spending").is(segmentId),
                    Criteria.where("profile.rules.category").is(segmentId));
        }
        return Query.query(criteria);
    }
}
