package io.segmentation.cleaning;

import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/** A named rule that removes a purchase line, with the message written into the report. */
record CleaningRule(RejectionReason reason, Predicate<PurchaseLine> rejects, Function<PurchaseLine, String> message) {

    /** The stateless rules, in the order they are checked; the first that matches names the reason. */
    static final List<CleaningRule> DEFAULTS = List.of(
            new CleaningRule(RejectionReason.MISSING_CUSTOMER_ID, line -> line.customerId() == null,
                    line -> "no customer id"),
            new CleaningRule(RejectionReason.CANCELLED, PurchaseLine::cancelled,
                    line -> "order " + line.orderId() + " is a cancellation"),
            new CleaningRule(RejectionReason.NON_POSITIVE_QUANTITY, line -> line.quantity() <= 0,
                    line -> "quantity " + line.quantity() + " is not positive"),
            new CleaningRule(RejectionReason.NON_POSITIVE_PRICE, line -> line.price() <= 0,
                    line -> "price or amount " + line.price() + " is not positive"));
}
