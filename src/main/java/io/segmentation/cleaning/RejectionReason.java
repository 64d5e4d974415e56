package io.segmentation.cleaning;

/** Why a row was removed; the names are the keys of {@code rejectedByReason} in upload reports. */
public enum RejectionReason {
    /** The row could not be parsed (bad date, number or too few fields). */
    UNPARSEABLE,
    /** No customer id (empty, NA, nan, null). */
    MISSING_CUSTOMER_ID,
    /** A cancellation line (Online Retail: InvoiceNo starting with C). */
    CANCELLED,
    /** Quantity of 0 or less. */
    NON_POSITIVE_QUANTITY,
    /** Unit price or order amount of 0 or less. */
    NON_POSITIVE_PRICE,
    /** An exact repeat of an earlier row of the same file. */
    DUPLICATE,
    /** The order's amount is outside the IQR fences (only when outlier removal is on). */
    OUTLIER
}
