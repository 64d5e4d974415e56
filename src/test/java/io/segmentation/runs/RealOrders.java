package io.segmentation.runs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.segmentation.SharedData;
import io.segmentation.ingestion.PurchaseFileReader;
import io.segmentation.ingestion.UploadOptions;
import io.segmentation.purchases.Order;

/**
 * Orders from the two real data sets in {@code ../shared/data} (tests skip when they are absent): the Online Retail
 * sample read and cleaned as an upload is, and orders derived from the marketing campaign file's per-customer figures
 * (which has categories and no order lines).
 */
final class RealOrders {

    private RealOrders() {
    }

    /** The Online Retail sample's clean orders, as an upload stores them (dates in UTC). */
    static List<Order> retail() {
        try {
            return new PurchaseFileReader(ZoneOffset.UTC, 100, 65_536)
                    .read(SharedData.file("online_retail_sample_30k.csv"), "csv", UploadOptions.defaults()).orders();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Orders derived from {@code marketing_campaign.csv}, one customer per row: NumWebPurchases + NumCatalogPurchases +
     * NumStorePurchases orders (customers with none are left out), spread evenly from Dt_Customer to 2014-10-04 minus
     * Recency days, at noon in {@code zone}; each order carries 1/n of each of the six Mnt* columns as its amount per
     * category (Wines, Fruits, Meat, Fish, Sweets, Gold), its amount their sum. Countries are the marital status, so
     * the data has some. Nothing random: the figures are the file's.
     */
    static List<Order> marketing(ZoneId zone) {
        List<String> lines;
        try {
            lines = Files.readAllLines(SharedData.file("marketing_campaign.csv"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String[] categories = {"Wines", "Fruits", "Meat", "Fish", "Sweets", "Gold"};
        LocalDate end = LocalDate.parse("2014-10-04");
        List<Order> orders = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.strip().split(";");
            String id = "M" + f[0];
            LocalDate enrolled = LocalDate.parse(f[7]);
            LocalDate last = end.minusDays(Integer.parseInt(f[8]));
            LocalDate first = enrolled.isBefore(last) ? enrolled : last;
            int n = Integer.parseInt(f[16]) + Integer.parseInt(f[17]) + Integer.parseInt(f[18]);
            long span = ChronoUnit.DAYS.between(first, last);
            for (int i = 0; i < n; i++) {
                LocalDate day = n == 1 ? last : first.plusDays(span * i / (n - 1));
                Map<String, Double> byCategory = new LinkedHashMap<>();
                double amount = 0;
                for (int c = 0; c < categories.length; c++) {
                    double spend = Double.parseDouble(f[9 + c]) / n;
                    if (spend > 0) {
                        byCategory.put(categories[c], spend);
                        amount += spend;
                    }
                }
                orders.add(new Order(id, id + "-" + i, day.atTime(12, 0).atZone(zone).toInstant(), amount, 1, 1,
                        Map.copyOf(byCategory), f[3]));
            }
        }
        return orders;
    }

    /** Orders per customer as a run's inputs give them: one per customer and order id, the last one given winning. */
    static Map<String, List<Order>> byCustomer(List<Order> orders) {
        Map<String, Order> byKey = new HashMap<>();
        orders.forEach(o -> byKey.put(o.customerId() + '\u0000' + o.orderId(), o));
        Map<String, List<Order>> byCustomer = new HashMap<>();
        byKey.values().forEach(o -> byCustomer.computeIfAbsent(o.customerId(), k -> new ArrayList<>()).add(o));
        return byCustomer;
    }
}
