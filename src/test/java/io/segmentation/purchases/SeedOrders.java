package io.segmentation.purchases;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.bson.Document;

/**
 * Hand-made purchases in the seed's nested layout ({@code customer.id}, {@code order_id}, {@code date},
 * {@code total_amount_lkr}, {@code product.category}) whose customers hit every rule segment, with the segments
 * expected for them (reference date 2024-07-01, the day after the latest purchase, default thresholds).
 */
public final class SeedOrders {

    /** Customer id to expected purchase frequency, spending and category segment ids. */
    public static final Map<String, List<String>> EXPECTED = Map.of(
            "CUST1001", List.of("new", "low-value", "womens"),
            "CUST1002", List.of("loyal", "high-value", "womens"),
            "CUST1003", List.of("seasonal", "medium-value", "family"),
            "CUST1004", List.of("loyal", "low-value", "kids"),
            "CUST1005", List.of("seasonal", "medium-value", "family"),
            "CUST1006", List.of("lapsed", "low-value", "mixed"),
            "CUST1007", List.of("regular", "medium-value", "mens"),
            "CUST1008", List.of("loyal", "high-value", "womens"),
            "CUST1009", List.of("regular", "low-value", "kids"));

    /** Documents no field of which can be read: one per reason. */
    public static final Map<String, Long> UNREADABLE = Map.of("MISSING_CUSTOMER_ID", 1L, "UNPARSEABLE_DATE", 1L,
            "UNPARSEABLE_AMOUNT", 1L, "NON_POSITIVE_AMOUNT", 1L);

    private SeedOrders() {
    }

    /** The documents, in the seed layout; string dates and amounts except where a case needs otherwise. */
    public static List<Document> documents() {
        List<Document> docs = new ArrayList<>();
        // new: a single order
        docs.add(doc("CUST1001", "ORD1001", "2024-06-30", 5000, "Womens"));
        // loyal: 6 orders in the last 6 months, high average order value
        String[] loyalDates = {"2024-01-15", "2024-02-15", "2024-03-15", "2024-04-25", "2024-05-15", "2024-06-15"};
        for (int i = 0; i < loyalDates.length; i++) {
            docs.add(doc("CUST1002", "ORD20" + i, loyalDates[i], 20000, "Womens"));
        }
        // seasonal: exactly 80% of orders in festive periods; Mens 60% + Kids 40% = family
        docs.add(doc("CUST1003", "ORD3001", "2023-12-05", 3000, "Mens"));
        docs.add(doc("CUST1003", "ORD3002", "2023-12-20", 3000, "Mens"));
        docs.add(doc("CUST1003", "ORD3003", "2024-04-05", 3000, "Kids"));
        docs.add(doc("CUST1003", "ORD3004", "2024-04-15", 3000, "Kids"));
        docs.add(doc("CUST1003", "ORD3005", "2024-05-10", 3000, "Mens"));
        // loyal and seasonal at once: loyal wins; lifetime exactly 10,000 = low value
        String[] both = {"2024-04-01", "2024-04-05", "2024-04-10", "2024-04-15", "2024-04-20"};
        for (int i = 0; i < both.length; i++) {
            docs.add(doc("CUST1004", "ORD40" + i, both[i], 2000, "Kids"));
        }
        // seasonal and lapsed at once: seasonal wins; Womens 47% + Mens 53% = family
        docs.add(doc("CUST1005", "ORD5001", "2023-12-10", 8000, "Womens"));
        docs.add(doc("CUST1005", "ORD5002", "2023-12-24", 9000, "Mens"));
        // lapsed: last order 151 days before the reference date; Womens 50%, Mens 25%, Kids 25% = mixed
        docs.add(doc("CUST1006", "ORD6001", "2023-06-10", 3000, "Womens"));
        docs.add(doc("CUST1006", "ORD6002", "2023-08-15", 1500, "Mens"));
        docs.add(doc("CUST1006", "ORD6003", "2024-02-01", 1500, "Kids"));
        // regular; the first order is two documents (lines) of one order
        docs.add(doc("CUST1007", "ORD7001", "2024-03-01", "6500", "Mens"));
        docs.add(doc("CUST1007", "ORD7001", "2024-03-01", "6500.00", "Mens"));
        docs.add(doc("CUST1007", "ORD7002", "2024-05-05", 13000, "Mens"));
        docs.add(doc("CUST1007", "ORD7003", "2024-06-20", 13000, "Mens"));
        // high value by lifetime spend only (12 x 13,000 = 156,000; average 13,000), loyal, Womens 75%
        for (int month = 0; month < 12; month++) {
            String date = LocalDateTime.of(2023, 7, 15, 0, 0).plusMonths(month).toLocalDate().toString();
            docs.add(doc("CUST1008", "ORD80" + String.format("%02d", month), date, 13000, month < 3 ? "Mens" : "Womens"));
        }
        // an ISO date-time string and a BSON date; numeric-string amounts summing to exactly 10,000
        docs.add(doc("CUST1009", "ORD9101", "2024-06-01T10:15:00", "4500.50", "Kids"));
        docs.add(doc("CUST1009", "ORD9102", Date.from(Instant.parse("2024-06-10T12:00:00Z")), "5499.50", "Kids"));
        // unreadable: no customer, a date that is no date, an amount that is no number, a zero amount
        docs.add(new Document("order_id", "ORD9901").append("date", "2024-05-01").append("total_amount_lkr", 1000)
                .append("product", new Document("category", "Mens")));
        docs.add(doc("CUST1099", "ORD9902", "yesterday", 1000, "Mens"));
        docs.add(doc("CUST1099", "ORD9903", "2024-05-02", "abc", "Mens"));
        docs.add(doc("CUST1099", "ORD9904", "2024-05-03", 0, "Mens"));
        return docs;
    }

    /** The same purchases as an order-layout CSV ({@code Customer_ID,Order_ID,Date,Total_Amount_LKR,Product_Category}). */
    public static byte[] csv(List<Document> docs) {
        StringBuilder csv = new StringBuilder("Customer_ID,Order_ID,Date,Total_Amount_LKR,Product_Category\n");
        for (Document d : docs) {
            Document customer = d.get("customer", Document.class);
            Object date = d.get("date");
            String dateText = date instanceof Date at
                    ? LocalDateTime.ofInstant(at.toInstant(), ZoneOffset.UTC).toString().replace('T', ' ') + ":00"
                    : date.toString();
            csv.append(customer == null ? "" : customer.getString("id")).append(',')
                    .append(d.getString("order_id")).append(',')
                    .append(dateText).append(',')
                    .append(d.get("total_amount_lkr")).append(',')
                    .append(d.get("product", Document.class).getString("category")).append('\n');
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** One document of the seed layout. */
    public static Document doc(String customerId, String orderId, Object date, Object amount, String category) {
        return new Document("customer", new Document("id", customerId)).append("order_id", orderId)
                .append("date", date).append("total_amount_lkr", amount)
                .append("product", new Document("category", category));
    }
}
