package io.segmentation.segments;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/** Answers reads from the published run only. */
@Service
public class SegmentService {

    private static final int TOP_CUSTOMERS = 10;

    private final ResultStore store;
    private final ObjectProvider<SegmentActions> actions;

    SegmentService(ResultStore store, ObjectProvider<SegmentActions> actions) {
        this.store = store;
        this.actions = actions;
    }

    /** The published run's segments, optionally of one scheme ({@code rfm}, {@code cluster}, {@code rules}). */
    public SegmentsView segments(@Nullable String scheme) {
        return store.current()
                .map(p -> new SegmentsView(p.runId(), p.asOf(), p.customers(),
                        store.segments(p.runId(), scheme).stream().map(this::withActions).toList(), p.currency()))
                .orElseGet(SegmentsView::noRunYet);
    }

    /** One segment; throws {@link UnknownSegmentException} when the published run has none with this id. */
    public SegmentDetail segment(String id) {
        Publication p = store.current().orElseThrow(() -> new UnknownSegmentException(id));
        SegmentProfile profile = store.segment(p.runId(), id).orElseThrow(() -> new UnknownSegmentException(id));
        return new SegmentDetail(p.runId(), p.asOf(), withActions(profile), store.topCustomers(p.runId(), id, TOP_CUSTOMERS));
    }

    /** Fills the actions from the catalogue at read time, so an edited catalogue shows without a new run. */
    private SegmentProfile withActions(SegmentProfile profile) {
        SegmentActions catalogue = actions.getIfAvailable();
        return catalogue == null || !profile.recommendedActions().isEmpty() ? profile
                : profile.withRecommendedActions(catalogue.actionsFor(profile.id()));
    }

    /** A customer's profile; throws {@link UnknownCustomerException} when the published run lacks it. */
    public CustomerProfile customer(String customerId) {
        return find(customerId).orElseThrow(() -> new UnknownCustomerException(customerId));
    }

    /** A customer's profile in the published run, if there. */
    public Optional<CustomerProfile> find(String customerId) {
        return store.current().flatMap(p -> store.customer(p.runId(), customerId));
    }

    /**
     * Checks a segment filter: null passes; throws {@link UnknownSegmentException} when the published run (or the
     * lack of one) has no segment with this id, so that a typo is a 404 and not an empty page.
     */
    public void requireSegment(@Nullable String segment) {
        if (segment != null && store.current().flatMap(p -> store.segment(p.runId(), segment)).isEmpty()) {
            throw new UnknownSegmentException(segment);
        }
    }

    /** A page of customers, optionally of one segment; throws {@link UnknownSegmentException} for an unknown one. */
    public CustomerPage page(@Nullable String segment, int page, int size) {
        return page(segment, CustomerSort.BY_ID, page, size);
    }

    /** A page of customers in the given order, optionally of one segment; throws {@link UnknownSegmentException}. */
    public CustomerPage page(@Nullable String segment, CustomerSort sort, int page, int size) {
        return page(CustomerFilter.segment(segment), sort, page, size);
    }

    /**
     * A page of the customers passing {@code filter}, in the given order; throws {@link UnknownSegmentException} when
     * one of the filter's segments is unknown.
     */
    public CustomerPage page(CustomerFilter filter, CustomerSort sort, int page, int size) {
        filter.segments().forEach(this::requireSegment);
        Optional<Publication> current = store.current();
        if (current.isEmpty()) {
            return new CustomerPage(null, filter.segmentsText(), filter.country(), page, size, 0, 0, List.of(),
                    sort.toString());
        }
        String runId = current.get().runId();
        long total = store.countCustomers(runId, filter);
        List<CustomerProfile> content = store.customers(runId, filter, sort, (long) page * size, size);
        return new CustomerPage(runId, filter.segmentsText(), filter.country(), page, size, total,
                (total + size - 1) / size, content, sort.toString());
    }

    /**
     * Prepares the first pages of the published run's customers in the given orders, and of every segment of every
     * scheme (RFM, clusters, rules) by customer id, in one pass over the run, so that the dashboard's first page views
     * and segment filters need none.
     */
    public void preparePagesOfEverySegment(List<CustomerSort> sorts) {
        store.current().ifPresent(p -> store.prepare(p.runId(), sorts,
                store.segments(p.runId(), null).stream().map(SegmentProfile::id).toList()));
    }

    /** Hands over the published run's customer ids and stored rule segments (display names), a page at a time. */
    void forEachRuleLabels(@Nullable String segment, ResultStore.RuleLabelsConsumer consumer) {
        store.current().ifPresent(p -> store.forEachRuleLabels(p.runId(), segment, consumer));
    }

    /** Hands over every matching customer of the published run, sorted by customer id, a page at a time. */
    public void forEachCustomer(@Nullable String segment, Consumer<CustomerProfile> consumer) {
        store.current().ifPresent(p -> store.forEachCustomer(p.runId(), segment, consumer));
    }

    /**
     * Hands over every customer of the published run passing {@code filter} in the given order, a page at a time;
     * throws {@link UnknownSegmentException} when one of the filter's segments is unknown.
     */
    public void forEachCustomer(CustomerFilter filter, CustomerSort sort, Consumer<CustomerProfile> consumer) {
        filter.segments().forEach(this::requireSegment);
        store.current().ifPresent(p -> store.forEachCustomer(p.runId(), filter, sort, consumer));
    }
}
