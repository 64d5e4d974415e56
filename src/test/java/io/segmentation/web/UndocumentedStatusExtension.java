package io.segmentation.web;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Registered for every test (META-INF/services): fails the test during which the service answered an operation of
 * docs/openapi.json with a status the contract does not list for it (seen by {@link DocumentedStatuses}).
 */
public class UndocumentedStatusExtension implements AfterEachCallback {

    @Override
    public void afterEach(ExtensionContext context) {
        if (DocumentedStatuses.UNDOCUMENTED.isEmpty()) {
            return;
        }
        List<String> seen = new ArrayList<>(DocumentedStatuses.UNDOCUMENTED);
        DocumentedStatuses.UNDOCUMENTED.removeAll(seen);
        throw new AssertionError("The service answered statuses docs/openapi.json does not document: " + seen
                + ". Document them (a @ProblemResponse on the endpoint, then regenerate docs/openapi.json) or fix the"
                + " endpoint.");
    }
}
