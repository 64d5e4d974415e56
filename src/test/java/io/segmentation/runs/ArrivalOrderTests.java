package io.segmentation.runs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import io.segmentation.purchases.Order;
import io.segmentation.purchases.StoredOrder;
import org.junit.jupiter.api.Test;

/** {@link ArrivalOrder} restores the order in which a {@code HashMap} filled as {@link RunInputs#load} iterates. */
class ArrivalOrderTests {

    @Test
    void capacityIsTheTableSizeOfADefaultHashMap() {
        assertThat(ArrivalOrder.capacity(0)).isEqualTo(16);
        assertThat(ArrivalOrder.capacity(12)).isEqualTo(16);
        assertThat(ArrivalOrder.capacity(13)).isEqualTo(32);
        assertThat(ArrivalOrder.capacity(24)).isEqualTo(32);
        assertThat(ArrivalOrder.capacity(25)).isEqualTo(64);
        assertThat(ArrivalOrder.capacity(786_432)).isEqualTo(1 << 20);
        assertThat(ArrivalOrder.capacity(786_433)).isEqualTo(1 << 21);
    }

    @Test
    void sortsEachCustomersOrdersAsTheMapOfTheRunsInputsIteratesThem() {
        for (int orders : new int[] {11, 700, 12_289, 50_000}) {
            Random random = new Random(orders);
            // three uploads in buckets of 500; the later ones repeat some earlier orders
            List<List<Order>> uploads = new ArrayList<>();
            for (int u = 0; u < 3; u++) {
                List<Order> upload = new ArrayList<>();
                for (int i = 0; i < orders / 3; i++) {
                    String customer = "C" + random.nextInt(Math.max(1, orders / 20));
                    String order = u > 0 && random.nextInt(4) == 0 ? "O" + random.nextInt(orders / 3) : "O" + u + "-" + i;
                    upload.add(new Order(customer, order, Instant.EPOCH, i, 1, 1, Map.of(), null));
                }
                uploads.add(upload);
            }
            Map<String, Order> byKey = new HashMap<>();
            Map<String, StoredOrder> first = new LinkedHashMap<>();
            for (int u = 0; u < uploads.size(); u++) {
                for (int i = 0; i < uploads.get(u).size(); i++) {
                    Order o = uploads.get(u).get(i);
                    String key = o.customerId() + '\u0000' + o.orderId();
                    byKey.put(key, o);
                    first.putIfAbsent(key, new StoredOrder(o, u, i / 500, i % 500));
                }
            }
            Map<String, List<String>> iterated = new HashMap<>();
            byKey.values().forEach(o -> iterated.computeIfAbsent(o.customerId(), k -> new ArrayList<>()).add(o.orderId()));
            Map<String, List<StoredOrder>> shuffled = new HashMap<>();
            first.values().forEach(s -> shuffled.computeIfAbsent(s.order().customerId(), k -> new ArrayList<>()).add(s));
            var arrival = ArrivalOrder.of(byKey.size());
            assertThat(shuffled).hasSameSizeAs(iterated);
            shuffled.forEach((customer, stored) -> {
                java.util.Collections.shuffle(stored, random);
                stored.sort(arrival);
                assertThat(stored).extracting(s -> s.order().orderId()).as("customer %s of %d orders", customer, orders)
                        .containsExactlyElementsOf(iterated.get(customer));
            });
        }
    }
}
