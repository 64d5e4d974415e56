package io.segmentation.runs;

import io.segmentation.clv.CustomerSummary;
import io.segmentation.rfm.RfmMetrics;
import io.segmentation.rules.RuleFacts;
import org.jspecify.annotations.Nullable;

/**
 * One customer's facts at a run's reference date: all a run reads of their orders, whichever path produced them
 * (the orders in the service, or MongoDB's per-customer groups); {@link SegmentationPipeline#facts} is the one place
 * they are computed. A run holds one per customer, so its heap grows with customers, not orders.
 *
 * @param customerId customer id
 * @param country    the country of the customer's first order (in the order they were handed over) that names one, or null
 * @param metrics    recency, frequency, monetary, first and last purchase, average
 *                   order value and tenure at the reference date
 * @param summary    the BG/NBD and Gamma-Gamma summary (x, t_x, T in the configured unit, mean repeat-day value), or
 *                   null when a value cannot be summarised (a negative amount): that customer then gets no CLV figures
 * @param rules      what the rule segments read (order count, last order, decimal spend in all and per category,
 *                   orders in the festive periods and in the loyalty window)
 */
public record CustomerFacts(String customerId, @Nullable String country, RfmMetrics metrics,
                            @Nullable CustomerSummary summary, RuleFacts rules) {
}
