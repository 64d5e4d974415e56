package io.segmentation.segments;

/** The published run has no customer with the requested id. */
public class UnknownCustomerException extends RuntimeException {

    public UnknownCustomerException(String id) {
        super("No customer '" + id + "' in the published run. Customer ids are as in the data (12923.0 is 12923);"
                + " GET /customers lists them.");
    }
}
