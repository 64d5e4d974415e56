package io.segmentation.rfm;

import java.time.LocalDate;

/**
 * The RFM metrics of one customer at a reference date.
 *
 * @param customerId        customer id
 * @param recencyDays       whole days from the last purchase date to the reference date, >= 0 for past purchases
 * @param frequency         number of distinct orders, >= 1
 * @param monetary          total spend in the data's currency, > 0
 * @param firstPurchase     calendar date of the first order, in the configured zone
 * @param lastPurchase      calendar date of the last order, in the configured zone
 * @param averageOrderValue monetary / frequency, in the data's currency
 * @param tenureDays        whole days from the first purchase date to the reference date
 */
public record RfmMetrics(String customerId, long recencyDays, int frequency, double monetary, LocalDate firstPurchase,
                         LocalDate lastPurchase, double averageOrderValue, long tenureDays) {
}
