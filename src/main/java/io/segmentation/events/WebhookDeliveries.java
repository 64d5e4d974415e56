package io.segmentation.events;

import java.util.Arrays;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/** Reads the stored webhook deliveries a page at a time. */
@Service
class WebhookDeliveries {

    private final DeliveryStore store;

    WebhookDeliveries(DeliveryStore store) {
        this.store = store;
    }

    /** A page, newest first; throws {@link UnknownDeliveryStateException} for a state other than the three. */
    DeliveryPage page(@Nullable String state, int page, int size) {
        DeliveryState filter = state == null || state.isBlank() ? null : Arrays.stream(DeliveryState.values())
                .filter(s -> s.label().equals(state.trim().toLowerCase(Locale.ROOT))).findFirst()
                .orElseThrow(() -> new UnknownDeliveryStateException(state));
        long total = store.count(filter);
        return new DeliveryPage(filter == null ? null : filter.label(), page, size, total, (total + size - 1) / size,
                store.page(filter, (long) page * size, size).stream().map(DeliveryView::of).toList(),
                "createdAt,desc");
    }
}
