package io.segmentation.ingestion;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** At start-up, removes uploads a previous shutdown cut short, so their partial orders never reach a run. */
@Component
@Order(0)
class UploadRecovery implements ApplicationRunner {

    private final UploadService service;

    UploadRecovery(UploadService service) {
        this.service = service;
    }

    @Override
    public void run(ApplicationArguments args) {
        service.recoverUnfinished();
    }
}
