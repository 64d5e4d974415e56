package io.segmentation.ingestion;

import io.segmentation.storage.MongoStartupTask;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Once MongoDB is reachable at start-up, removes uploads a previous shutdown cut short, so their partial orders never reach a run. */
@Component
@Order(0)
class UploadRecovery implements MongoStartupTask {

    private final UploadService service;

    UploadRecovery(UploadService service) {
        this.service = service;
    }

    @Override
    public void onMongoReachable() {
        service.recoverUnfinished();
    }
}
