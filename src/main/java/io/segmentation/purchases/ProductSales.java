package io.segmentation.purchases;

import java.util.List;
import java.util.Map;

/**
 * What each customer bought of each product in one upload, kept when the upload is stored so that product rankings
 * (overall and per segment) need no pass over the purchase lines later.
 *
 * @param sales one entry per customer and product
 * @param names product code -> the first name the file gave it (absent when the file has no name column)
 */
public record ProductSales(List<Sale> sales, Map<String, String> names) {

    /** No products: the file has no product column. */
    public static final ProductSales NONE = new ProductSales(List.of(), Map.of());

    /**
     * One customer's purchases of one product.
     *
     * @param customerId customer id
     * @param product    product code
     * @param revenue    quantity x unit price summed over the customer's clean lines of the product, in the data's
     *                   currency
     * @param quantity   items summed over those lines
     */
    public record Sale(String customerId, String product, double revenue, double quantity) {
    }
}
