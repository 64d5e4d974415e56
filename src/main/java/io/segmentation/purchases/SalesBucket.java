package io.segmentation.purchases;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.bson.types.Binary;

/**
 * The stored form of up to {@code SALES_PER_BUCKET} product sales of one upload: one document
 * {@code {_id: "<batchId>:<index>", batchId, index, customers: [customerId, ...], packed: BinData}} of
 * {@code product_sales}. {@code customers} lists the bucket's customers (so an erasure finds the buckets that hold a
 * customer with a query); {@code packed} holds the sales in order, each as big-endian int (position of its customer
 * in {@code customers}), int byte length and UTF-8 bytes of the product code, double revenue, double quantity.
 * Buckets stored by earlier versions ({@code sales: [[customerId, product, revenue, quantity], ...]}) are read too.
 */
final class SalesBucket {

    // why: the embedded store serialises every value of a document with Java serialisation; 248,836 sales as nested
    // arrays took 1.8-8.4 s to insert and 0.4-3.3 s to read back, packed 0.14-0.56 s and 0.02-0.06 s (measured on the
    // 541,909-line file, 50 buckets)
    private static final String PACKED = "packed";
    private static final String LEGACY_ROWS = "sales";

    private SalesBucket() {
    }

    /** The document of one bucket. */
    static Document encode(String batchId, int index, List<ProductSales.Sale> sales) {
        List<String> customers = new ArrayList<>();
        Map<String, Integer> position = new HashMap<>();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(sales.size() * 32);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            for (ProductSales.Sale sale : sales) {
                Integer at = position.get(sale.customerId());
                if (at == null) {
                    at = customers.size();
                    position.put(sale.customerId(), at);
                    customers.add(sale.customerId());
                }
                byte[] product = sale.product().getBytes(StandardCharsets.UTF_8);
                out.writeInt(at);
                out.writeInt(product.length);
                out.write(product);
                out.writeDouble(sale.revenue());
                out.writeDouble(sale.quantity());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("a byte array stream does not fail", e);
        }
        return new Document("_id", batchId + ":" + index).append("batchId", batchId).append("index", index)
                .append("customers", customers).append(PACKED, new Binary(bytes.toByteArray()));
    }

    /** The sales of a stored bucket, in stored order; either layout. */
    static List<ProductSales.Sale> decode(Document bucket) {
        List<ProductSales.Sale> sales = new ArrayList<>();
        Object packed = bucket.get(PACKED);
        if (packed == null) {
            for (Object row : bucket.getList(LEGACY_ROWS, Object.class, List.of())) {
                List<?> r = (List<?>) row;
                sales.add(new ProductSales.Sale((String) r.get(0), (String) r.get(1),
                        ((Number) r.get(2)).doubleValue(), ((Number) r.get(3)).doubleValue()));
            }
            return sales;
        }
        List<String> customers = bucket.getList("customers", String.class);
        byte[] data = packed instanceof Binary binary ? binary.getData() : (byte[]) packed;
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(data))) {
            while (in.available() > 0) {
                String customer = customers.get(in.readInt());
                byte[] product = new byte[in.readInt()];
                in.readFully(product);
                sales.add(new ProductSales.Sale(customer, new String(product, StandardCharsets.UTF_8),
                        in.readDouble(), in.readDouble()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("product sales bucket " + bucket.get("_id") + " is truncated", e);
        }
        return sales;
    }
}
