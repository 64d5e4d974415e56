package io.segmentation.runs;

import io.segmentation.storage.MongoStartupTask;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Once MongoDB is reachable at start-up, records runs cut short by a previous shutdown as INTERRUPTED. */
@Component
@Order(1)
class RunRecovery implements MongoStartupTask {

    private final RunService service;

    RunRecovery(RunService service) {
        this.service = service;
    }

    @Override
    public void onMongoReachable() {
        service.recoverInterrupted();
    }
}
