package io.segmentation.purchases;

import java.time.Instant;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * One order of one customer: what RFM and the rule segments are computed from.
 *
 * @param customerId       customer id
 * @param orderId          order (invoice) id, unique per customer
 * @param timestamp        time of the order (its earliest line)
 * @param amount           order value in the data's currency, > 0
 * @param items            sum of the lines' quantities
 * @param lines            number of clean lines in the order
 * @param amountByCategory amount per product category; empty when the data has no category
 * @param country          customer's country as written on the order, or null
 */
public record Order(String customerId, String orderId, Instant timestamp, double amount, double items, int lines,
                    Map<String, Double> amountByCategory, @Nullable String country) {
}
