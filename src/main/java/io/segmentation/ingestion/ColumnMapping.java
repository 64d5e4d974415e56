package io.segmentation.ingestion;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Where each canonical field sits in a file's rows, detected from the header: the UCI Online Retail line layout,
 * the order-level layout ({@code Customer_ID, Order_ID, Date, Total_Amount[_CCY], Product_Category}), or explicit
 * column names. A column index of -1 means the file has no such column.
 *
 * @param layout     {@code online-retail}, {@code orders} or {@code custom}
 * @param currency   ISO currency code taken from an amount header such as {@code Total_Amount_LKR}, else null
 * @param cancelPrefix order-id prefix that marks a cancellation ({@code C} for Online Retail), else null
 * @param product      product code column ({@code StockCode}, {@code SKU}, ...), -1 when none
 * @param productName  product name column ({@code Description}, {@code Product_Name}, ...), -1 when none
 */
record ColumnMapping(String layout, int customerId, int orderId, int date, int quantity, int price, boolean priceIsAmount,
                     int category, int country, int columns, @Nullable String currency, @Nullable String cancelPrefix,
                     List<String> header, boolean decimalComma, int product, int productName) {

    ColumnMapping(String layout, int customerId, int orderId, int date, int quantity, int price, boolean priceIsAmount,
                  int category, int country, int columns, @Nullable String currency, @Nullable String cancelPrefix,
                  List<String> header, boolean decimalComma) {
        this(layout, customerId, orderId, date, quantity, price, priceIsAmount, category, country, columns, currency,
                cancelPrefix, header, decimalComma, -1, -1);
    }

    ColumnMapping(String layout, int customerId, int orderId, int date, int quantity, int price, boolean priceIsAmount,
                  int category, int country, int columns, @Nullable String currency, @Nullable String cancelPrefix) {
        this(layout, customerId, orderId, date, quantity, price, priceIsAmount, category, country, columns, currency,
                cancelPrefix, List.of(), false);
    }

    /** The usual names of each canonical field, normalised (see {@link #normalise}), most specific first. */
    private static final Map<String, List<String>> SYNONYMS = Map.of(
            "customerId", List.of("customerid", "customer", "clientid", "userid", "memberid"),
            "orderId", List.of("orderid", "order", "invoiceno", "invoice", "transactionid", "receipt"),
            "date", List.of("orderdate", "purchasedate", "date", "timestamp", "createdat", "invoicedate"),
            "amount", List.of("amount", "totalamount", "ordertotal", "total", "revenue", "sales", "value"),
            "quantity", List.of("quantity", "qty"),
            "unitPrice", List.of("unitprice", "price"),
            "category", List.of("productcategory", "category", "department", "producttype"),
            "country", List.of("country", "region"),
            "product", List.of("stockcode", "productid", "productcode", "sku", "itemcode", "itemid", "product"),
            "productName", List.of("description", "productname", "itemname", "itemdescription"));

    /** This mapping with the header it was detected on and the file's decimal separator. */
    ColumnMapping reading(List<String> newHeader, boolean newDecimalComma) {
        return new ColumnMapping(layout, customerId, orderId, date, quantity, price, priceIsAmount, category, country,
                columns, currency, cancelPrefix, List.copyOf(newHeader), newDecimalComma, product, productName);
    }

    /** This mapping with the product columns found among the header's usual names (none: -1). */
    private ColumnMapping withProducts(Map<String, Integer> index) {
        int code = first(index, "product");
        int name = first(index, "productName");
        return new ColumnMapping(layout, customerId, orderId, date, quantity, price, priceIsAmount, category, country,
                columns, currency, cancelPrefix, header, decimalComma, code >= 0 ? code : name, name);
    }

    /** Canonical field -> the header column it was read from, in a stable order, for the upload report. */
    Map<String, String> used() {
        Map<String, String> used = new java.util.LinkedHashMap<>();
        put(used, "customerId", customerId);
        put(used, "orderId", orderId);
        put(used, "date", date);
        put(used, "quantity", quantity);
        put(used, priceIsAmount ? "amount" : "unitPrice", price);
        put(used, "category", category);
        put(used, "country", country);
        put(used, "product", product);
        put(used, "productName", productName);
        return used;
    }

    private void put(Map<String, String> used, String field, int column) {
        if (column >= 0 && column < header.size()) {
            used.put(field, header.get(column).trim());
        }
    }

    /** Matched against the normalised name, so {@code Total_Amount_LKR} = {@code Total Amount LKR}. */
    private static final Pattern AMOUNT_WITH_CURRENCY = Pattern.compile("totalamount([a-z]{3})?");

    /**
     * Detects the layout, and the product code and name columns by their usual names; throws
     * {@link MissingColumnsException} naming what is missing when no layout fits.
     */
    static ColumnMapping detect(List<String> header, ColumnOverrides overrides) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = header.size() - 1; i >= 0; i--) {
            index.put(normalise(header.get(i)), i);
        }
        return layout(header, overrides).withProducts(index);
    }

    private static ColumnMapping layout(List<String> header, ColumnOverrides overrides) {
        Map<String, Integer> index = new HashMap<>();
        List<String> duplicates = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            String name = normalise(header.get(i));
            Integer first = index.putIfAbsent(name, i);
            if (first != null && !name.isEmpty() && !duplicates.contains(header.get(i).trim())) {
                duplicates.add(header.get(i).trim());
            }
        }
        if (!duplicates.isEmpty()) {
            // why: with two CustomerID columns either could be the right one; guessing would mix up customers
            throw new DuplicateColumnsException("The header names " + String.join(", ", duplicates) + " more than once"
                    + " (names compare without case, spaces and underscores); remove or rename the extra columns.",
                    duplicates);
        }
        if (!overrides.isEmpty()) {
            return custom(header, index, overrides);
        }
        List<String> retailMissing = missing(index, "InvoiceNo", "Quantity", "InvoiceDate", "UnitPrice", "CustomerID");
        if (retailMissing.isEmpty()) {
            return new ColumnMapping("online-retail", index.get("customerid"), index.get("invoiceno"),
                    index.get("invoicedate"), index.get("quantity"), index.get("unitprice"), false, -1,
                    index.getOrDefault("country", -1), header.size(), null, "C");
        }
        int amount = -1;
        String currency = null;
        for (int i = 0; i < header.size(); i++) {
            Matcher m = AMOUNT_WITH_CURRENCY.matcher(normalise(header.get(i)));
            if (m.matches()) {
                amount = i;
                currency = m.group(1) == null ? null : m.group(1).toUpperCase(Locale.ROOT);
                break;
            }
        }
        List<String> ordersMissing = missing(index, "Customer_ID", "Order_ID", "Date");
        if (amount < 0) {
            ordersMissing.add("Total_Amount");
        }
        if (ordersMissing.isEmpty()) {
            return new ColumnMapping("orders", index.get("customerid"), index.get("orderid"), index.get("date"), -1,
                    amount, true, index.getOrDefault("productcategory", index.getOrDefault("category", -1)),
                    index.getOrDefault("country", -1), header.size(), currency, null);
        }
        ColumnMapping usual = usualNames(index, header);
        if (usual != null) {
            return usual;
        }
        List<String> closest = retailMissing.size() <= ordersMissing.size() ? retailMissing : ordersMissing;
        throw new MissingColumnsException("The header matches no purchase layout. For Online Retail lines it lacks "
                + String.join(", ", retailMissing) + "; for orders it lacks " + String.join(", ", ordersMissing)
                + ". Rename the columns, or name them with the upload parameters customerIdColumn, orderIdColumn,"
                + " dateColumn and either quantityColumn + unitPriceColumn or amountColumn.", closest);
    }

    /**
     * The usual names of the fields in any case and separator style ({@code customer_id}, {@code Order Date},
     * {@code revenue}, {@code qty}, ...): needs a customer, a date and an amount or quantity and unit price; the
     * order id is optional (then a customer's purchases at one timestamp are one order). Null when they are not all
     * there.
     */
    private static @Nullable ColumnMapping usualNames(Map<String, Integer> index, List<String> header) {
        int customer = first(index, "customerId");
        int date = first(index, "date");
        int amount = first(index, "amount");
        int quantity = first(index, "quantity");
        int price = first(index, "unitPrice");
        if (customer < 0 || date < 0 || (amount < 0 && price < 0)) {
            return null;
        }
        boolean isAmount = price < 0 || quantity < 0 && amount >= 0;
        String currency = null;
        if (isAmount) {
            Matcher m = AMOUNT_WITH_CURRENCY.matcher(normalise(header.get(amount)));
            currency = m.matches() && m.group(1) != null ? m.group(1).toUpperCase(Locale.ROOT) : null;
        }
        return new ColumnMapping("usual-names", customer, first(index, "orderId"), date, isAmount ? -1 : quantity,
                isAmount ? amount : price, isAmount, first(index, "category"), first(index, "country"), header.size(),
                currency, null);
    }

    private static int first(Map<String, Integer> index, String field) {
        for (String name : SYNONYMS.get(field)) {
            Integer i = index.get(name);
            if (i != null) {
                return i;
            }
        }
        return -1;
    }

    private static ColumnMapping custom(List<String> header, Map<String, Integer> index, ColumnOverrides o) {
        List<String> missing = new ArrayList<>();
        int customer = find(index, o.customerId(), "customerIdColumn", missing);
        int order = find(index, o.orderId(), "orderIdColumn", missing);
        int date = find(index, o.date(), "dateColumn", missing);
        int amount = o.amount() == null ? -1 : find(index, o.amount(), "amountColumn", missing);
        int quantity = o.quantity() == null ? -1 : find(index, o.quantity(), "quantityColumn", missing);
        int price = o.unitPrice() == null ? -1 : find(index, o.unitPrice(), "unitPriceColumn", missing);
        int category = o.category() == null ? -1 : find(index, o.category(), "categoryColumn", missing);
        int country = o.country() == null ? -1 : find(index, o.country(), "countryColumn", missing);
        if (amount < 0 && price < 0 && missing.isEmpty()) {
            missing.add("amountColumn or unitPriceColumn");
        }
        if (!missing.isEmpty()) {
            throw new MissingColumnsException("The column mapping names columns the header lacks or leaves out required"
                    + " ones: " + String.join(", ", missing) + ". The header is: " + String.join(", ", header) + ".",
                    missing);
        }
        boolean isAmount = amount >= 0;
        return new ColumnMapping("custom", customer, order, date, isAmount ? -1 : quantity, isAmount ? amount : price,
                isAmount, category, country, header.size(), null, null);
    }

    private static int find(Map<String, Integer> index, @Nullable String column, String parameter, List<String> missing) {
        if (column == null) {
            missing.add(parameter);
            return -1;
        }
        Integer i = index.get(normalise(column));
        if (i == null) {
            missing.add(parameter + "=" + column);
            return -1;
        }
        return i;
    }

    private static List<String> missing(Map<String, Integer> index, String... columns) {
        List<String> missing = new ArrayList<>();
        for (String column : columns) {
            if (!index.containsKey(normalise(column))) {
                missing.add(column);
            }
        }
        return missing;
    }

    /** Header names compare without case, spaces, underscores or a BOM: {@code Customer_ID} = {@code CustomerID}. */
    static String normalise(String name) {
        StringBuilder b = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                b.append(Character.toLowerCase(c));
            }
        }
        return b.toString();
    }
}
