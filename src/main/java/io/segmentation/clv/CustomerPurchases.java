package io.segmentation.clv;

/**
 * One customer's purchases: epoch days and amounts, parallel, in any order.
 *
 * @param epochDays purchase days as epoch days, at least one
 * @param amounts   the purchases' amounts in the data's currency, same length
 */
public record CustomerPurchases(int[] epochDays, double[] amounts) {

    /** @throws IllegalArgumentException for no purchases or arrays of different lengths */
    public CustomerPurchases {
        if (epochDays.length == 0 || epochDays.length != amounts.length) {
            throw new IllegalArgumentException("customer purchases need as many amounts as days, at least one; got "
                    + epochDays.length + " days and " + amounts.length + " amounts");
        }
    }
}
