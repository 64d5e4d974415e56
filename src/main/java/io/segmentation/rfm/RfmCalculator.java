package io.segmentation.rfm;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** Computes a customer's {@link RfmMetrics} from the dates and amounts of their orders. */
public final class RfmCalculator {

    private RfmCalculator() {
    }

    /**
     * @param customerId customer id
     * @param orderDates calendar date of each order (one entry per distinct order), not empty
     * @param amounts    amount of each order in the data's currency, same length as {@code orderDates}
     * @param asOf       the reference date recency and tenure are measured to
     * @throws IllegalArgumentException when there is no order or the arrays differ in length
     */
    public static RfmMetrics metrics(String customerId, LocalDate[] orderDates, double[] amounts, LocalDate asOf) {
        if (orderDates.length == 0 || orderDates.length != amounts.length) {
            throw new IllegalArgumentException("customer " + customerId + " needs one amount per order and at least one order");
        }
        LocalDate first = orderDates[0];
        LocalDate last = orderDates[0];
        double monetary = 0;
        for (int i = 0; i < orderDates.length; i++) {
            if (orderDates[i].isBefore(first)) {
                first = orderDates[i];
            }
            if (orderDates[i].isAfter(last)) {
                last = orderDates[i];
            }
            monetary += amounts[i];
        }
        int frequency = orderDates.length;
        return new RfmMetrics(customerId, ChronoUnit.DAYS.between(last, asOf), frequency, monetary, first, last,
                monetary / frequency, ChronoUnit.DAYS.between(first, asOf));
    }
}
