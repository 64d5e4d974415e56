package io.segmentation.events;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import io.segmentation.segments.ChangedCustomers;
import org.springframework.stereotype.Component;

/**
 * The customers changed since a run, from the stored deltas: walks from the published run back along each delta's
 * previous run until the run asked for, collecting the customers of the deltas on the way.
 */
@Component
class ChangesSinceRun implements ChangedCustomers {

    private final ChangeStore changes;

    ChangesSinceRun(ChangeStore changes) {
        this.changes = changes;
    }

    @Override
    public Optional<Set<String>> since(String sinceRunId, String publishedRunId) {
        Set<String> customers = new HashSet<>();
        String run = publishedRunId;
        while (!run.equals(sinceRunId)) {
            Optional<ChangeSet> set = changes.changeSet(run);
            if (set.isEmpty() || set.get().previousRunId() == null) {
                return Optional.empty();
            }
            changes.forEach(run, change -> {
                if (change.to() != null) {
                    customers.add(change.customerId());
                }
            });
            run = set.get().previousRunId();
        }
        return Optional.of(customers);
    }
}
