package io.segmentation.dashboard;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/** Small synthetic Online Retail-shaped purchase files with spread-out recency, frequency and monetary values. */
final class RetailFiles {

    private RetailFiles() {
    }

    /**
     * {@code customers} customers from id {@code firstId}; customer i has 1 + i % 9 orders 11 days apart, the last one
     * (i * 7) % 300 days before 2011-12-09, one line each.
     */
    static byte[] retail(int customers, int firstId) {
        StringBuilder csv = new StringBuilder("InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country\n");
        LocalDate end = LocalDate.of(2011, 12, 9);
        int invoice = 500_000 + firstId * 10;
        for (int i = 0; i < customers; i++) {
            int orders = 1 + i % 9;
            LocalDate last = end.minusDays((i * 7L) % 300);
            for (int o = 0; o < orders; o++) {
                LocalDate day = last.minusDays(o * 11L);
                int quantity = 1 + (i * 13 + o * 5) % 24;
                double price = 0.5 + ((i * 31) % 97) / 4.0;
                csv.append(invoice++).append(",A").append(i % 5).append(",Thing,").append(quantity).append(',')
                        .append(day).append(" 10:00:00,").append(price).append(',').append(firstId + i)
                        .append(",United Kingdom\n");
            }
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }
}
