package io.segmentation.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * One customer's orders up to the reference date, with the measures the rules ask about; amounts summed in decimal.
 *
 * @param orders the customer's orders, at least one, none dated after {@code asOf}
 * @param asOf the reference date the windows are measured back from
 */
record OrderHistory(List<OrderFacts> orders, LocalDate asOf) {

    OrderHistory {
        Objects.requireNonNull(asOf, "asOf");
        orders = List.copyOf(Objects.requireNonNull(orders, "orders"));
        if (orders.isEmpty()) {
            throw new IllegalArgumentException("a customer needs at least one order to be segmented");
        }
        for (OrderFacts order : orders) {
            if (order.date().isAfter(asOf)) {
                throw new IllegalArgumentException("order dated " + order.date() + " is after the reference date "
                        + asOf + "; pass only orders up to asOf");
            }
        }
    }

    int orderCount() {
        return orders.size();
    }

    long countOrdersDated(Predicate<LocalDate> test) {
        return orders.stream().map(OrderFacts::date).filter(test).count();
    }

    LocalDate lastOrderDate() {
        return orders.stream().map(OrderFacts::date).max(LocalDate::compareTo).orElseThrow();
    }

    /** Total spend, in the data's currency. */
    BigDecimal lifetimeValue() {
        // why: BigDecimal.valueOf keeps the decimal the data wrote, so 3,333.33 + 3,333.33 + 3,333.34 is 10,000 exactly
        return orders.stream().map(order -> BigDecimal.valueOf(order.amount())).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    CategorySpend categorySpend() {
        return CategorySpend.of(orders);
    }
}
